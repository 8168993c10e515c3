import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { TemporaryPasswordModal, type IssuedPassword } from './TemporaryPasswordModal';
import { UserFilters, type UserFilterValues } from './UserFilters';
import { UsersTable } from './UsersTable';
import { useUsers, type UserListQuery } from './useUsers';
import { PageTitle } from '../../../shared/ui/PageTitle';

type OpenForm = { kind: 'create' } | { kind: 'edit'; id: string } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<UserListQuery>({ page: 1, pageSize: 20 });
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [issuedPassword, setIssuedPassword] = useState<IssuedPassword | null>(null);
  const users = useUsers(query);
  const close = () => setOpenForm(null);

  const changeFilters = (changes: UserFilterValues) =>
    setQuery((current) => ({ ...current, ...changes, page: 1 }));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('users.title')}</PageTitle>
        <Button type="primary" onClick={() => setOpenForm({ kind: 'create' })}>
          {t('users.create')}
        </Button>
      </Flex>
      <UserFilters value={query} onChange={changeFilters} />
      <ProblemAlert error={users.error} />
      <UsersTable
        page={users.data}
        loading={users.isFetching}
        onPageChange={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
        onEdit={(id) => setOpenForm({ kind: 'edit', id })}
        onPasswordIssued={setIssuedPassword}
      />
      {openForm?.kind === 'create' && (
        <CreateUserModal onClose={close} onPasswordIssued={setIssuedPassword} />
      )}
      {openForm?.kind === 'edit' && <EditUserModal id={openForm.id} onClose={close} />}
      {issuedPassword && (
        <TemporaryPasswordModal issued={issuedPassword} onClose={() => setIssuedPassword(null)} />
      )}
    </Flex>
  );
}
