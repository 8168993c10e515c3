import type { Schemas } from '@postcare/api-client';
import { IDENTITY_DOCUMENT_KIND_LABELS, RELATIVE_KIND_LABELS } from '@postcare/domain';
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Popconfirm,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../format';
import { IdentityDocumentModal } from './IdentityDocumentModal';
import { RelativeModal } from './RelativeModal';
import {
  useIdentityDocuments,
  useRelatives,
  useSaveIdentityDocument,
  useSaveRelative,
} from './useFamily';

type Relative = Schemas['RelativeDto'];
type IdentityDocument = Schemas['IdentityDocumentDto'];
type Dialog =
  | { kind: 'relative'; relative?: Relative }
  | { kind: 'document'; document?: IdentityDocument }
  | null;

const dash = (value: string) => value || '—';

/** «Родные и документы»: relatives and significant adults, and identity documents. */
export function FamilyTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const { can } = usePermissions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [showArchived, setShowArchived] = useState(false);
  const relatives = useRelatives(graduate.id, showArchived);
  const documents = useIdentityDocuments(graduate.id, showArchived);
  const saveRelative = useSaveRelative();
  const saveDocument = useSaveIdentityDocument();
  // Kept only under a current written consent (152-FZ), like the addresses.
  const writable = can('graduates.write') && !graduate.archived && graduate.consent === 'current';
  const close = () => setDialog(null);

  const archiveButton = (onConfirm: () => void) => (
    <Popconfirm title={t('family.archiveConfirm')} onConfirm={onConfirm}>
      <Button type="link" size="small" danger>
        {t('family.archive')}
      </Button>
    </Popconfirm>
  );

  /** «В архиве» for an archived row; otherwise, to those who may write, edit and archive. */
  const rowActions = (row: { archivedAt: string | null }, edit: () => void, archive: () => void) =>
    row.archivedAt ? (
      <Typography.Text type="secondary">{t('family.archived')}</Typography.Text>
    ) : (
      writable && (
        <Flex wrap>
          <Button type="link" size="small" onClick={edit}>
            {t('family.edit')}
          </Button>
          {archiveButton(archive)}
        </Flex>
      )
    );

  const relativeColumns: TableProps<Relative>['columns'] = [
    {
      title: t('family.kind'),
      key: 'kind',
      render: (_, r) => labelOf(RELATIVE_KIND_LABELS, r.kind),
    },
    { title: t('family.fullName'), dataIndex: 'fullName' },
    {
      title: t('family.contacts'),
      key: 'contacts',
      render: (_, r) => (
        <Flex vertical>
          {r.phones.map((phone) => (
            <a key={phone} href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
              {phone}
            </a>
          ))}
          {r.email && <span>{r.email}</span>}
          {r.address && <Typography.Text type="secondary">{r.address}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('family.contactWanted'),
      key: 'contactWanted',
      render: (_, r) => (
        <Flex vertical>
          <span>{t(r.contactWanted ? 'family.yes' : 'family.no')}</span>
          {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('files.actions'),
      key: 'actions',
      render: (_, r) =>
        rowActions(
          r,
          () => setDialog({ kind: 'relative', relative: r }),
          () =>
            saveRelative.archive.mutate({
              params: { path: { graduateId: graduate.id, id: r.id } },
              body: { version: r.version },
            }),
        ),
    },
  ];

  const documentColumns: TableProps<IdentityDocument>['columns'] = [
    {
      title: t('family.documentKind'),
      key: 'kind',
      render: (_, d) =>
        d.kind === 'other' ? d.title : labelOf(IDENTITY_DOCUMENT_KIND_LABELS, d.kind),
    },
    {
      title: t('family.seriesAndNumber'),
      key: 'number',
      render: (_, d) => [d.series, d.number].filter(Boolean).join(' '),
    },
    { title: t('family.issuedBy'), key: 'issuedBy', render: (_, d) => dash(d.issuedBy) },
    { title: t('family.issuedOn'), key: 'issuedOn', render: (_, d) => formatDate(d.issuedOn) },
    {
      title: t('files.actions'),
      key: 'actions',
      render: (_, d) =>
        rowActions(
          d,
          () => setDialog({ kind: 'document', document: d }),
          () =>
            saveDocument.archive.mutate({
              params: { path: { graduateId: graduate.id, id: d.id } },
              body: { version: d.version },
            }),
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      {graduate.consent !== 'current' && (
        <Alert type="info" showIcon title={t('family.consentNeeded')} />
      )}
      <Checkbox checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)}>
        {t('family.showArchived')}
      </Checkbox>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t('family.relatives')}
        </Typography.Title>
        {writable && (
          <Button onClick={() => setDialog({ kind: 'relative' })}>{t('family.addRelative')}</Button>
        )}
      </Flex>
      <ProblemAlert error={relatives.error ?? saveRelative.archive.error} />
      <div style={{ overflowX: 'auto' }}>
        <Table<Relative>
          rowKey="id"
          data-testid="relatives-table"
          columns={relativeColumns}
          dataSource={relatives.data}
          loading={relatives.isFetching}
          pagination={false}
          locale={{ emptyText: t('family.noRelatives') }}
        />
      </div>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t('family.documents')}
        </Typography.Title>
        {writable && (
          <Button onClick={() => setDialog({ kind: 'document' })}>{t('family.addDocument')}</Button>
        )}
      </Flex>
      <ProblemAlert error={documents.error ?? saveDocument.archive.error} />
      <div style={{ overflowX: 'auto' }}>
        <Table<IdentityDocument>
          rowKey="id"
          data-testid="identity-documents-table"
          columns={documentColumns}
          dataSource={documents.data}
          loading={documents.isFetching}
          pagination={false}
          locale={{ emptyText: t('family.noDocuments') }}
        />
      </div>
      {dialog?.kind === 'relative' && (
        <RelativeModal graduateId={graduate.id} relative={dialog.relative} onClose={close} />
      )}
      {dialog?.kind === 'document' && (
        <IdentityDocumentModal
          graduateId={graduate.id}
          document={dialog.document}
          onClose={close}
        />
      )}
    </Flex>
  );
}
