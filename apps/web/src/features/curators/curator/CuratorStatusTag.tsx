import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURATOR_STATUS_COLORS, type CuratorStatus } from '../vocabulary';

export function CuratorStatusTag({ status }: { status: CuratorStatus }) {
  const { t } = useTranslation('curators');
  return (
    <Tag color={CURATOR_STATUS_COLORS[status]} data-testid="curator-status">
      {t(`statuses.${status}`)}
    </Tag>
  );
}
