import type { Schemas } from '@postcare/api-client';
import { CONTRACT_END_REASON_LABELS, CONTRACT_KIND_LABELS } from '@postcare/domain';
import { Button, Card, Descriptions, Flex, Space, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { HistoryTimeline } from '../../../shared/ui/HistoryTimeline';
import { PrintButtons } from '../../../shared/ui/PrintButtons';
import { formatDate } from '../../graduates/format';
import { ActivateContractModal } from '../actions/ActivateContractModal';
import { ChangeSpecialistModal } from '../actions/ChangeSpecialistModal';
import { DiscardContractModal } from '../actions/DiscardContractModal';
import { EndContractModal } from '../actions/EndContractModal';
import { UploadScanModal } from '../actions/UploadScanModal';
import { printContract } from '../contractFiles';
import { ContractFormModal } from '../form/ContractFormModal';
import type { ContractDetail } from '../vocabulary';
import { ContractAttentionTags, ContractStatusTag } from './ContractTags';
import { DownloadScanButton } from './DownloadScanButton';

type Dialog = 'edit' | 'activate' | 'scan' | 'end' | 'discard' | 'specialist';

const orDash = (value: string | null | undefined) => value || '—';

/** One contract: its terms, where it stands, what can be done with it, and its history. */
export function ContractCard({
  contract,
  graduate,
}: {
  contract: ContractDetail;
  graduate: Schemas['GraduateDto'];
}) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const { can } = usePermissions();
  const today = useInstitutionToday();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const writable = can('contracts.write') && !graduate.archived;
  const { status } = contract;

  const items: DescriptionsProps['items'] = [
    {
      key: 'kind',
      label: t('fields.kind'),
      children: labelOf(CONTRACT_KIND_LABELS, contract.kind),
    },
    {
      key: 'number',
      label: t('fields.number'),
      children: <span data-testid="contract-number">{contract.number}</span>,
    },
    {
      key: 'applicationDate',
      label: t('fields.applicationDate'),
      children: formatDate(contract.applicationDate),
    },
    {
      key: 'concludedOn',
      label: t('fields.concludedOn'),
      children: contract.concludedOn ? formatDate(contract.concludedOn) : t('card.notSigned'),
    },
    {
      key: 'term',
      label: t('fields.term'),
      span: 'filled',
      children: t('card.term', {
        from: formatDate(contract.startsOn),
        to: formatDate(contract.endsOn),
      }),
    },
    {
      key: 'serviceKinds',
      label: t('fields.serviceKinds'),
      span: 'filled',
      children: contract.serviceKinds.length
        ? contract.serviceKinds.map(({ id, name }) => <div key={id}>{name}</div>)
        : '—',
    },
    ...(contract.legalRepresentative
      ? [
          {
            key: 'legalRepresentative',
            label: t('fields.legalRepresentative'),
            span: 'filled' as const,
            children: contract.legalRepresentative,
          },
        ]
      : []),
    {
      key: 'specialist',
      label: t('fields.responsibleSpecialist'),
      children: contract.responsibleSpecialist?.fullName ?? (
        <Typography.Text type="warning">{t('form.noSpecialist')}</Typography.Text>
      ),
    },
    {
      key: 'scan',
      label: t('fields.scan'),
      children: contract.signedScanFileId ? (
        <Space size={4}>
          {t('card.scanUploaded')}
          <DownloadScanButton contract={contract} />
        </Space>
      ) : (
        <Typography.Text type={status === 'active' ? 'warning' : 'secondary'}>
          {t('card.noScan')}
        </Typography.Text>
      ),
    },
    {
      key: 'conditions',
      label: t('fields.conditions'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-line' }}>{orDash(contract.conditions)}</span>,
    },
    ...(status === 'ended'
      ? [
          {
            key: 'ended',
            label: t('fields.endedOn'),
            span: 'filled' as const,
            children: (
              <>
                {formatDate(contract.endedOn)}
                {contract.endReason &&
                  ` — ${labelOf(CONTRACT_END_REASON_LABELS, contract.endReason)}`}
                {contract.endReasonText && `: ${contract.endReasonText}`}
              </>
            ),
          },
        ]
      : []),
  ];

  const actions = writable && (
    <Space wrap>
      {status === 'draft' && (
        <>
          <Button type="primary" onClick={() => setDialog('activate')}>
            {t('actions.activate')}
          </Button>
          <Button onClick={() => setDialog('edit')}>{t('actions.edit')}</Button>
          <Button danger onClick={() => setDialog('discard')}>
            {t('actions.discard')}
          </Button>
        </>
      )}
      {status === 'active' && (
        <>
          <Button
            type={contract.missingScan ? 'primary' : 'default'}
            onClick={() => setDialog('scan')}
          >
            {t(contract.signedScanFileId ? 'actions.replaceScan' : 'actions.uploadScan')}
          </Button>
          <Button onClick={() => setDialog('specialist')}>{t('actions.changeSpecialist')}</Button>
          <Button danger onClick={() => setDialog('end')}>
            {t('actions.end')}
          </Button>
        </>
      )}
    </Space>
  );

  return (
    <Card
      data-testid="contract-card"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('card.title', { number: contract.number })}</span>
          <ContractStatusTag status={status} />
          <ContractAttentionTags contract={contract} today={today} />
        </Flex>
      }
      extra={
        status !== 'discarded' && (
          <PrintButtons
            testId="contract-print"
            print={(format) => printContract(contract, format)}
          />
        )
      }
    >
      <Flex vertical gap={16}>
        {actions}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
        <div>
          <Typography.Title level={5}>{t('card.history')}</Typography.Title>
          <HistoryTimeline
            testId="contract-history"
            entries={contract.history}
            describe={(entry) => t(`history.${entry.to as ContractDetail['status']}`)}
          />
        </div>
      </Flex>
      {dialog === 'edit' && (
        <ContractFormModal
          graduate={graduate}
          contract={contract}
          onClose={close}
          onSaved={close}
        />
      )}
      {dialog === 'activate' && (
        <ActivateContractModal contract={contract} graduate={graduate} onClose={close} />
      )}
      {dialog === 'scan' && <UploadScanModal contract={contract} onClose={close} />}
      {dialog === 'end' && <EndContractModal contract={contract} onClose={close} />}
      {dialog === 'discard' && <DiscardContractModal contract={contract} onClose={close} />}
      {dialog === 'specialist' && <ChangeSpecialistModal contract={contract} onClose={close} />}
    </Card>
  );
}
