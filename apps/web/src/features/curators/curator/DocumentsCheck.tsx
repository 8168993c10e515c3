import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../graduates/format';
import { missingDocuments, type Curator } from '../vocabulary';

/** Before approval the missing documents are named, so nobody learns it from a refusal. */
const BEFORE_APPROVAL = new Set(['candidate', 'trained']);

/**
 * The certificate of no criminal record (number, date) and the consent to the processing
 * of personal data (date); before approval, what is still missing for it.
 */
export function DocumentsCheck({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  const missing = missingDocuments(curator);
  const none = <Typography.Text type="secondary">{t('documents.notGiven')}</Typography.Text>;
  return (
    <section data-testid="curator-documents">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(BEFORE_APPROVAL.has(curator.status) ? 'documents.title' : 'documents.titleApproved')}
      </Typography.Title>
      {BEFORE_APPROVAL.has(curator.status) && missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="documents-missing"
          title={t('documents.missingTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {missing.map((field) => (
                <li key={field}>{t(`documents.missing.${field}`)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 240 } }}
        items={[
          {
            key: 'recordCheck',
            label: t('documents.recordCheck'),
            children: curator.recordCheckOn
              ? curator.recordCheckNumber
                ? t('documents.recordCheckValue', {
                    number: curator.recordCheckNumber,
                    date: formatDate(curator.recordCheckOn),
                  })
                : t('documents.recordCheckNoNumber', { date: formatDate(curator.recordCheckOn) })
              : none,
          },
          {
            key: 'consent',
            label: t('documents.consent'),
            children: curator.consentOn
              ? t('documents.consentValue', { date: formatDate(curator.consentOn) })
              : none,
          },
        ]}
      />
    </section>
  );
}
