import type { Schemas } from '@postcare/api-client';
import { GRADUATE_STATUS_LABELS } from '@postcare/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';

const COLORS: Record<Schemas['GraduateStatus'], string> = {
  preparing: 'cyan',
  under_support: 'blue',
  one_off: 'default',
  ended: 'default',
};

/** The file's support status; eligibility to be helped today beside it. */
export function GraduateStatusTags({
  status,
  eligibleToday,
  archived,
}: Pick<Schemas['GraduateSummaryDto'], 'status' | 'eligibleToday' | 'archived'>) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  return (
    <>
      <Tag color={COLORS[status]}>{labelOf(GRADUATE_STATUS_LABELS, status)}</Tag>
      {eligibleToday ? (
        <Tag color="green">{t('register.eligibleTag')}</Tag>
      ) : (
        <Tag color="red">{t('register.notEligibleTag')}</Tag>
      )}
      {archived && <Tag>{t('register.archivedTag')}</Tag>}
    </>
  );
}
