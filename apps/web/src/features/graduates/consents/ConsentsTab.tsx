import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Flex, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { DownloadFileButton } from '../files/DownloadFileButton';
import { useGraduateFiles } from '../files/useGraduateFiles';
import { formatDate } from '../format';
import { AttachScanModal } from './AttachScanModal';
import { ConsentScope } from './ConsentScope';
import { ConsentState } from './ConsentState';
import { RecordConsentModal } from './RecordConsentModal';
import { useConsents } from './useConsents';
import { WithdrawConsentModal } from './WithdrawConsentModal';
// The printable consent form comes from the privacy feature.
import { ConsentFormButton } from '../../privacy/ConsentFormButton';

type Consent = Schemas['ConsentDto'];
type OpenDialog =
  | { kind: 'record' }
  | { kind: 'scan'; consent: Consent }
  | { kind: 'withdraw'; consent: Consent }
  | null;

/** «Согласие»: the written consents with their scope, scans and withdrawals. */
export function ConsentsTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  const { can } = usePermissions();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const consents = useConsents(graduate.id);
  // Scans stay listed after a withdrawal archives the other files.
  const files = useGraduateFiles(graduate.id, true);
  const writable = can('graduates.write') && !graduate.archived;
  const close = () => setDialog(null);
  const currentCount = (consents.data ?? []).filter((consent) => consent.current).length;

  const scanOf = (id: string | null) => files.data?.find((file) => file.id === id);

  const columns: TableProps<Consent>['columns'] = [
    {
      title: t('consents.signedOn'),
      dataIndex: 'signedOn',
      render: (_, { signedOn }) => formatDate(signedOn),
    },
    {
      title: t('consents.scope'),
      key: 'scope',
      render: (_, consent) => <ConsentScope consent={consent} />,
    },
    {
      title: t('consents.stateTitle'),
      key: 'state',
      render: (_, consent) => <ConsentState consent={consent} />,
    },
    {
      title: t('consents.scan'),
      key: 'scan',
      render: (_, consent) => {
        const scan = scanOf(consent.scanFileId);
        if (scan)
          return (
            <DownloadFileButton
              graduateId={graduate.id}
              file={scan}
              label={t('consents.downloadScan')}
            />
          );
        if (writable)
          return (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'scan', consent })}>
              {t('consents.attachScan')}
            </Button>
          );
        return <Typography.Text type="secondary">{t('consents.noScan')}</Typography.Text>;
      },
    },
    {
      title: t('files.actions'),
      key: 'actions',
      render: (_, consent) => (
        <Space size={0} wrap>
          {can('privacy.requests') && (
            <ConsentFormButton graduateId={graduate.id} consentId={consent.id} />
          )}
          {writable && !consent.withdrawnOn && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => setDialog({ kind: 'withdraw', consent })}
            >
              {t('consents.withdraw')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Alert
        type={graduate.consent === 'current' ? 'success' : 'info'}
        showIcon
        title={t(`consents.summary.${graduate.consent}`)}
        description={t('consents.why')}
      />
      {writable && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setDialog({ kind: 'record' })}>
            {t('consents.record')}
          </Button>
        </Flex>
      )}
      <ProblemAlert error={consents.error} />
      <Table<Consent>
        rowKey="id"
        data-testid="consents-table"
        columns={columns}
        dataSource={consents.data}
        loading={consents.isFetching}
        pagination={false}
        locale={{ emptyText: t('consents.none') }}
      />
      {dialog?.kind === 'record' && <RecordConsentModal graduate={graduate} onClose={close} />}
      {dialog?.kind === 'scan' && (
        <AttachScanModal graduateId={graduate.id} consent={dialog.consent} onClose={close} />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawConsentModal
          graduateId={graduate.id}
          consent={dialog.consent}
          lastCurrent={dialog.consent.current && currentCount <= 1}
          onClose={close}
        />
      )}
    </Flex>
  );
}
