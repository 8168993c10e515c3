import type { Role } from '@postcare/api-client';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import type { IssuedPassword } from './TemporaryPasswordModal';
import { UserProfileFields } from './UserProfileFields';
import { useCreateUser } from './useCreateUser';

interface NewUser {
  login: string;
  password?: string;
  fullName: string;
  position?: string;
  email?: string;
  role: Role;
  institutionId?: string;
}

const LOGIN_PATTERN = /^[A-Za-z0-9._-]+$/;

interface CreateUserModalProps {
  onClose: () => void;
  onPasswordIssued: (issued: IssuedPassword) => void;
}

export function CreateUserModal({ onClose, onPasswordIssued }: CreateUserModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const create = useCreateUser();

  const submit = ({ password, role, institutionId, ...profile }: NewUser) =>
    create.mutate(
      {
        body: {
          ...profile,
          role,
          institutionId: role === 'admin' ? null : institutionId,
          password: password || undefined,
        },
      },
      {
        onSuccess: ({ user, temporaryPassword }) => {
          void message.success(t('users.messages.created'));
          if (temporaryPassword)
            onPasswordIssued({ userName: user.fullName, password: temporaryPassword });
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<NewUser>
      title={t('users.createTitle')}
      okText={t('common.create')}
      form={form}
      initialValues={{ role: 'specialist' }}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('users.fields.login')}
        name="login"
        rules={[
          { required: true, message: t('users.validation.loginRequired') },
          { min: 3, max: 64, message: t('users.validation.loginLength') },
          { pattern: LOGIN_PATTERN, message: t('users.validation.loginPattern') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <UserProfileFields />
      <Form.Item
        label={t('users.fields.password')}
        name="password"
        extra={t('users.passwordHint')}
        rules={[{ min: 10, max: 128, message: t('users.validation.passwordLength') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
