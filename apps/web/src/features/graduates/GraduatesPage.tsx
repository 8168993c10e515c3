import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function GraduatesPage() {
  const { t } = useTranslation('graduates');
  return <Typography.Title level={2}>{t('list.title')}</Typography.Title>;
}
