import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../graduates/format';
import type { Assignment } from '../vocabulary';

/** Open today, ahead (from its first day) or over (the curator no longer sees the graduate). */
export function AssignmentState({ assignment, today }: { assignment: Assignment; today: string }) {
  const { t } = useTranslation('curators');
  if (assignment.current) return <Tag color="green">{t('assignments.state.current')}</Tag>;
  if (assignment.startsOn > today)
    return (
      <Tag color="blue">
        {t('assignments.state.future', { date: formatDate(assignment.startsOn) })}
      </Tag>
    );
  return <Tag>{t('assignments.state.ended')}</Tag>;
}

/** Still to end: open-ended, or ending on a day after today. */
export const isEndable = (assignment: Assignment, today: string) =>
  assignment.endsOn === null || assignment.endsOn > today;
