import { REPORT_CALENDAR_STATE_LABELS } from '@postcare/domain';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { formatDate } from '../graduates/format';
import { STATUS_COLORS, type CalendarState } from './vocabulary';

/** The report's state; `not_started` is the calendar's word for a report not yet created. */
export function ReportStatusTag({ status }: { status: CalendarState }) {
  const labelOf = useLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="report-status">
      {labelOf(REPORT_CALENDAR_STATE_LABELS, status)}
    </Tag>
  );
}

/** «Просрочен»: handed in after its due day, or still not handed in after it. */
export function LateTag({ late }: { late: boolean }) {
  const { t } = useTranslation('reports');
  if (!late) return null;
  return (
    <Tag color="red" data-testid="report-late">
      {t('late')}
    </Tag>
  );
}

/** The due day, red once it is missed. */
export function DueDate({ dueOn, late }: { dueOn: string; late: boolean }) {
  return (
    <Typography.Text type={late ? 'danger' : undefined} data-testid="report-due">
      {formatDate(dueOn)}
    </Typography.Text>
  );
}
