import type { Role } from '@postcare/api-client';
import { App, Form, Input, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { UserProfileFields } from './UserProfileFields';
import { useUpdateUser } from './useUpdateUser';
import { useUser } from './useUser';

interface UserProfile {
  fullName: string;
  position: string;
  email: string;
  role: Role;
  institutionId: string | null;
}

/** Only the editable fields: the API refuses unknown ones. */
const profileOf = ({
  fullName,
  position,
  email,
  role,
  institutionId,
}: UserProfile): UserProfile => ({
  fullName,
  position,
  email: email ?? '',
  role,
  institutionId: role === 'admin' ? null : institutionId,
});

export function EditUserModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserProfile>();
  const user = useUser(id).data;
  const isSelf = useCurrentUser().data?.id === id;
  const update = useUpdateUser();

  // Show the latest version: on opening, and again after a conflict reloaded it.
  useEffect(() => {
    if (user) form.setFieldsValue(profileOf(user));
  }, [user, form]);

  const submit = (profile: UserProfile) => {
    if (!user) return;
    update.mutate(
      { params: { path: { id } }, body: { ...profileOf(profile), version: user.version } },
      {
        onSuccess: () => {
          void message.success(t('users.messages.updated'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<UserProfile>
      title={t('users.editTitle')}
      okText={t('common.save')}
      form={form}
      submitting={update.isPending}
      error={update.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Spin spinning={!user}>
        <Form.Item label={t('users.fields.login')}>
          <Input value={user?.login} disabled />
        </Form.Item>
        <UserProfileFields roleLocked={isSelf} />
      </Spin>
    </FormModal>
  );
}
