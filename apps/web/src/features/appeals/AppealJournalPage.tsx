import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function AppealJournalPage() {
  const { t } = useTranslation('appeals');
  return <Typography.Title level={2}>{t('journal.title')}</Typography.Title>;
}
