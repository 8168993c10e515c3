import { SUBJECT_REQUEST_CHANNEL_LABELS, SUBJECT_REQUEST_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Button, Card, Flex, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useConsents } from '../graduates/consents/useConsents';
import { formatDate } from '../graduates/format';
import { AnswerRequestModal } from './AnswerRequestModal';
import { DownloadButton } from '../../shared/files/DownloadButton';
import { downloadConsentForm, downloadExportJson, downloadExportPdf } from './privacyFiles';
import { RegisterRequestModal } from './RegisterRequestModal';
import { useSubjectRequests } from './usePrivacy';

type SubjectRequest = Schemas['SubjectRequestDto'];

/**
 * «Персональные данные (152-ФЗ)» on the graduate's card: the subject's requests with their
 * deadlines, the export of everything held, and the printable consent forms.
 */
export function PersonalDataTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('privacy');
  const labelOf = useLabel();
  const requests = useSubjectRequests(graduate.id);
  const consents = useConsents(graduate.id);
  const [registering, setRegistering] = useState(false);
  const [answering, setAnswering] = useState<SubjectRequest | null>(null);

  const columns: TableProps<SubjectRequest>['columns'] = [
    {
      title: t('requests.kind'),
      key: 'kind',
      render: (_, r) => labelOf(SUBJECT_REQUEST_KIND_LABELS, r.kind),
    },
    {
      title: t('requests.receivedOn'),
      key: 'receivedOn',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {formatDate(r.receivedOn)}
          <Typography.Text type="secondary">
            {labelOf(SUBJECT_REQUEST_CHANNEL_LABELS, r.channel)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('requests.dueOn'), key: 'dueOn', render: (_, r) => formatDate(r.dueOn) },
    {
      title: t('requests.state'),
      key: 'state',
      render: (_, r) => {
        if (r.answeredOn)
          return (
            <Tag color="green">{t('requests.answered', { date: formatDate(r.answeredOn) })}</Tag>
          );
        return r.overdue ? (
          <Tag color="red">{t('requests.overdue')}</Tag>
        ) : (
          <Tag color="blue">{t('requests.open')}</Tag>
        );
      },
    },
    {
      title: '',
      key: 'actions',
      render: (_, r) =>
        !r.answeredOn && (
          <Button type="link" size="small" onClick={() => setAnswering(r)}>
            {t('requests.answer')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="personal-data-tab">
      <Card size="small" title={t('requests.title')}>
        <Flex vertical gap={12}>
          <Flex justify="end">
            <Button type="primary" onClick={() => setRegistering(true)}>
              {t('requests.register')}
            </Button>
          </Flex>
          <ProblemAlert error={requests.error} />
          <Table<SubjectRequest>
            rowKey="id"
            size="small"
            scroll={{ x: 'max-content' }}
            data-testid="subject-requests"
            columns={columns}
            dataSource={requests.data}
            loading={requests.isFetching}
            pagination={false}
            locale={{ emptyText: t('requests.none') }}
          />
        </Flex>
      </Card>
      <Card size="small" title={t('export.title')}>
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('export.hint')}</Typography.Text>
          <Flex wrap gap={8}>
            <DownloadButton save={() => downloadExportPdf(graduate.id)}>
              {t('export.pdf')}
            </DownloadButton>
            <DownloadButton save={() => downloadExportJson(graduate.id)}>
              {t('export.json')}
            </DownloadButton>
          </Flex>
        </Flex>
      </Card>
      <Card size="small" title={t('consentForms.title')}>
        <Flex wrap gap={8}>
          {(consents.data ?? []).length === 0 && (
            <Typography.Text type="secondary">{t('consentForms.none')}</Typography.Text>
          )}
          {(consents.data ?? []).map((consent) => (
            <DownloadButton
              key={consent.id}
              save={() => downloadConsentForm(graduate.id, consent.id)}
            >
              {t('consentForms.download', { date: formatDate(consent.signedOn) })}
            </DownloadButton>
          ))}
        </Flex>
      </Card>
      {registering && (
        <RegisterRequestModal graduateId={graduate.id} onClose={() => setRegistering(false)} />
      )}
      {answering && <AnswerRequestModal request={answering} onClose={() => setAnswering(null)} />}
    </Flex>
  );
}
