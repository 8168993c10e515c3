import type { Schemas } from '@postcare/api-client';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';

/** In force, withdrawn (from which day), or never in force (processing not allowed). */
export function ConsentState({ consent }: { consent: Schemas['ConsentDto'] }) {
  const { t } = useTranslation('graduates');
  if (consent.withdrawnOn && consent.current)
    return (
      <Tag color="gold">
        {t('consents.state.withdrawing', { date: formatDate(consent.withdrawnOn) })}
      </Tag>
    );
  if (consent.withdrawnOn)
    return (
      <Tag color="red">
        {t('consents.state.withdrawn', { date: formatDate(consent.withdrawnOn) })}
      </Tag>
    );
  if (consent.current && consent.validUntil)
    return (
      <Tag color="green">
        {t('consents.state.currentUntil', { date: formatDate(consent.validUntil) })}
      </Tag>
    );
  if (consent.current) return <Tag color="green">{t('consents.state.current')}</Tag>;
  if (consent.validUntil)
    return <Tag>{t('consents.state.expired', { date: formatDate(consent.validUntil) })}</Tag>;
  return <Tag>{t('consents.state.notInForce')}</Tag>;
}
