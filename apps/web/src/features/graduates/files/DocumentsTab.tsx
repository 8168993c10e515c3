import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Checkbox, Flex, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { consentGateReason } from '../consentGateReason';
import { ArchiveFileButton } from './ArchiveFileButton';
import { DownloadFileButton } from './DownloadFileButton';
import { formatSize } from './fileRules';
import { UploadFileModal } from './UploadFileModal';
import { useGraduateFiles } from './useGraduateFiles';

type GraduateFile = Schemas['GraduateFileDto'];

/** «Документы»: scans of the person's documents; upload, download, archive. */
export function DocumentsTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t, i18n } = useTranslation('graduates');
  const { can } = usePermissions();
  const [showArchived, setShowArchived] = useState(false);
  const [uploading, setUploading] = useState(false);
  const files = useGraduateFiles(graduate.id, showArchived);
  const documents = (files.data ?? []).filter((file) => file.kind === 'document');
  const writable = can('graduates.write') && !graduate.archived;
  const consentCurrent = graduate.consent === 'current';

  const columns: TableProps<GraduateFile>['columns'] = [
    {
      title: t('files.title'),
      key: 'title',
      render: (_, file) => (
        <>
          {file.title || file.fileName}
          {file.archived && <Tag style={{ marginInlineStart: 8 }}>{t('files.archivedTag')}</Tag>}
        </>
      ),
    },
    { title: t('files.fileName'), dataIndex: 'fileName' },
    {
      title: t('files.size'),
      dataIndex: 'sizeBytes',
      render: (_, { sizeBytes }) => formatSize(sizeBytes, i18n.language),
    },
    {
      title: t('files.uploadedAt'),
      dataIndex: 'createdAt',
      render: (_, { createdAt }) => formatDateTime(createdAt),
    },
    {
      title: t('files.actions'),
      key: 'actions',
      render: (_, file) => (
        <Space size={0} wrap>
          <DownloadFileButton graduateId={graduate.id} file={file} />
          {writable && !file.archived && <ArchiveFileButton graduateId={graduate.id} file={file} />}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      {!consentCurrent && (
        <Alert
          type="info"
          showIcon
          title={t('files.needsConsent')}
          description={consentGateReason(graduate.consent, t)}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Checkbox
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        >
          {t('files.showArchived')}
        </Checkbox>
        {writable && (
          <Button type="primary" disabled={!consentCurrent} onClick={() => setUploading(true)}>
            {t('files.uploadDocument')}
          </Button>
        )}
      </Flex>
      <ProblemAlert error={files.error} />
      <Table<GraduateFile>
        rowKey="id"
        data-testid="documents-table"
        columns={columns}
        dataSource={documents}
        loading={files.isFetching}
        pagination={false}
        locale={{ emptyText: t('files.noDocuments') }}
      />
      {uploading && (
        <UploadFileModal
          graduateId={graduate.id}
          kinds={['document']}
          title={t('files.uploadDocument')}
          onClose={() => setUploading(false)}
        />
      )}
    </Flex>
  );
}
