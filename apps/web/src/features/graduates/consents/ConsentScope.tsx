import { PARTNER_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';

/** What the graduate agreed to: processing, photos, sharing with kinds of partners. */
export function ConsentScope({ consent }: { consent: Schemas['ConsentDto'] }) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const yesNo = (value: boolean) => t(value ? 'situation.yes' : 'situation.no');
  return (
    <Flex vertical gap={4}>
      <span>
        {t('consents.allowsProcessingShort')}: <strong>{yesNo(consent.allowsProcessing)}</strong>
        {' · '}
        {t('consents.allowsPhotoShort')}: <strong>{yesNo(consent.allowsPhoto)}</strong>
      </span>
      {consent.sharingPartnerKinds.length > 0 ? (
        <Flex wrap gap={4}>
          {consent.sharingPartnerKinds.map((kind) => (
            <Tag key={kind}>{labelOf(PARTNER_KIND_LABELS, kind)}</Tag>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('consents.noSharing')}</Typography.Text>
      )}
    </Flex>
  );
}
