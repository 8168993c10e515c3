import { Tooltip } from 'antd';
import { EligibilityTag } from './EligibilityTag';

interface EligibilityMarkProps {
  eligible: boolean;
  /** The API's Russian explanation, shown on hover. */
  reason?: string;
}

/** Whether the person may get support today (001 §4.1): under 23, a student, or by order. */
export function EligibilityMark({ eligible, reason }: EligibilityMarkProps) {
  const tag = <EligibilityTag eligible={eligible} />;
  return reason ? (
    <Tooltip title={reason}>
      <span>{tag}</span>
    </Tooltip>
  ) : (
    tag
  );
}
