import { ROLE_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { InstitutionName } from '../institutions/InstitutionName';
import type { IssuedPassword } from './TemporaryPasswordModal';
import { UserActions } from './UserActions';
import { UserStatusTags } from './UserStatusTags';

type User = Schemas['UserDto'];

interface UsersTableProps {
  page?: Schemas['UserPageDto'];
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (id: string) => void;
  onPasswordIssued: (issued: IssuedPassword) => void;
}

export function UsersTable({
  page,
  loading,
  onPageChange,
  onEdit,
  onPasswordIssued,
}: UsersTableProps) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  const columns: TableProps<User>['columns'] = [
    {
      title: t('users.fields.fullName'),
      dataIndex: 'fullName',
      render: (_, { fullName, login }) => (
        <>
          <div>{fullName}</div>
          <Typography.Text type="secondary">{login}</Typography.Text>
        </>
      ),
    },
    { title: t('users.fields.position'), dataIndex: 'position' },
    {
      title: t('users.fields.role'),
      dataIndex: 'role',
      render: (_, { role }) => labelOf(ROLE_LABELS, role),
    },
    {
      title: t('users.fields.institution'),
      dataIndex: 'institutionId',
      render: (_, { institutionId }) => <InstitutionName id={institutionId} />,
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, user) => <UserStatusTags user={user} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => (
        <UserActions user={user} onEdit={onEdit} onPasswordIssued={onPasswordIssued} />
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      pagination={pagePagination(page, t, onPageChange)}
    />
  );
}
