import type { Schemas } from '@postcare/api-client';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';

/** In force, withdrawn (from which day), or never in force (processing not allowed). */
export function ConsentState({ consent }: { consent: Schemas['ConsentDto'] }) {
  const { t } = useTranslation('graduates');
  if (consent.withdrawnOn)
    return (
      <Tag color="red">
        {t('consents.state.withdrawn', { date: formatDate(consent.withdrawnOn) })}
      </Tag>
    );
  if (consent.current) return <Tag color="green">{t('consents.state.current')}</Tag>;
  return <Tag>{t('consents.state.notInForce')}</Tag>;
}
