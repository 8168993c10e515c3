import type { Schemas } from '@postcare/api-client';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import type { IssuedPassword } from './TemporaryPasswordModal';
import { useActivateUser } from './useActivateUser';
import { useDeactivateUser } from './useDeactivateUser';
import { useResetUserPassword } from './useResetUserPassword';

interface UserActionsProps {
  user: Schemas['UserDto'];
  onEdit: (id: string) => void;
  onPasswordIssued: (issued: IssuedPassword) => void;
}

export function UserActions({ user, onEdit, onPasswordIssued }: UserActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const isSelf = useCurrentUser().data?.id === user.id;
  const deactivate = useDeactivateUser();
  const activate = useActivateUser();
  const resetPassword = useResetUserPassword();

  const target = { params: { path: { id: user.id } } };
  const versioned = { ...target, body: { version: user.version } };
  const name = { name: user.fullName };

  const toggleActive = () =>
    (user.active ? deactivate : activate).mutate(versioned, {
      onSuccess: () =>
        void message.success(
          t(user.active ? 'users.messages.deactivated' : 'users.messages.activated'),
        ),
      onError: notifyProblem,
    });

  const issuePassword = () =>
    resetPassword.mutate(target, {
      onSuccess: ({ temporaryPassword }) =>
        onPasswordIssued({ userName: user.fullName, password: temporaryPassword }),
      onError: notifyProblem,
    });

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(user.id)}>
        {t('common.edit')}
      </Button>
      {!isSelf && (
        <Popconfirm
          title={t(user.active ? 'users.confirm.deactivate' : 'users.confirm.activate', name)}
          okText={t(user.active ? 'users.actions.deactivate' : 'users.actions.activate')}
          cancelText={t('common.cancel')}
          onConfirm={toggleActive}
        >
          <Button
            type="link"
            size="small"
            danger={user.active}
            loading={deactivate.isPending || activate.isPending}
          >
            {t(user.active ? 'users.actions.deactivate' : 'users.actions.activate')}
          </Button>
        </Popconfirm>
      )}
      {!isSelf && (
        <Popconfirm
          title={t('users.confirm.resetPassword', name)}
          okText={t('users.actions.resetPassword')}
          cancelText={t('common.cancel')}
          onConfirm={issuePassword}
        >
          <Button type="link" size="small" loading={resetPassword.isPending}>
            {t('users.actions.resetPassword')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
