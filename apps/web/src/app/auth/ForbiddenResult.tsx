import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function ForbiddenResult() {
  const { t } = useTranslation();
  return <Result status="403" title={t('errors.forbidden')} />;
}
