import { INSTITUTION_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Button, Space, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { institutionSettingsPath } from '../../institution-settings/paths';
import { pagePagination } from '../../../shared/ui/pagePagination';

type Institution = Schemas['InstitutionDto'];

interface InstitutionsTableProps {
  page?: Schemas['InstitutionPageDto'];
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (id: string) => void;
}

export function InstitutionsTable({ page, loading, onPageChange, onEdit }: InstitutionsTableProps) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  const { can } = usePermissions();
  const columns: TableProps<Institution>['columns'] = [
    { title: t('institutions.fields.name'), dataIndex: 'name' },
    {
      title: t('institutions.fields.kind'),
      dataIndex: 'kind',
      render: (_, { kind }) => labelOf(INSTITUTION_KIND_LABELS, kind),
    },
    { title: t('institutions.fields.region'), dataIndex: 'region' },
    { title: t('institutions.fields.municipality'), dataIndex: 'municipality' },
    { title: t('institutions.fields.guardianshipBody'), dataIndex: 'guardianshipBody' },
    {
      title: t('common.status'),
      dataIndex: 'active',
      render: (_, { active }) =>
        active ? (
          <Tag color="green">{t('institutions.status.active')}</Tag>
        ) : (
          <Tag>{t('institutions.status.inactive')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, { id }) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onEdit(id)}>
            {t('common.edit')}
          </Button>
          {can('institutions.settings') && (
            <Link to={institutionSettingsPath(id)} style={{ paddingInline: 7 }}>
              {t('institutions.settings')}
            </Link>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<Institution>
      rowKey="id"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      pagination={pagePagination(page, t, onPageChange)}
    />
  );
}
