import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type AppealStatus } from './appealStatuses';

export function AppealStatusTag({ status }: { status: AppealStatus }) {
  const { t } = useTranslation('appeals');
  return <Tag color={STATUS_COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
}
