import { Alert, App, Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { applyFieldErrors } from '../../shared/ui/applyFieldErrors';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useChangePassword } from './useChangePassword';
import { useFormChangesGuard } from '../../shared/ui/useUnsavedChangesGuard';
import { PageTitle } from '../../shared/ui/PageTitle';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const PASSWORD_LENGTH = { min: 12, max: 128 };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser().data;
  const [form] = Form.useForm<PasswordForm>();
  // Passwords are never kept as a draft; leaving half-typed only asks first.
  const changes = useFormChangesGuard();
  const change = useChangePassword();

  const submit = ({ currentPassword, newPassword }: PasswordForm) => {
    if (!me) return;
    change.mutate(
      { login: me.login, currentPassword, newPassword },
      {
        onSuccess: () => {
          changes.allowLeaving();
          void message.success(t('password.changed'));
          void navigate('/', { replace: true });
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 480 }}>
      <PageTitle>{t('password.title')}</PageTitle>
      {me?.mustChangePassword && <Alert type="warning" showIcon title={t('password.forced')} />}
      <Card>
        <Form<PasswordForm>
          form={form}
          layout="vertical"
          name="change-password"
          onFinish={submit}
          onValuesChange={changes.onValuesChange}
        >
          {changes.guard}
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" autoComplete="username" value={me?.login ?? ''} readOnly hidden />
          <Form.Item
            label={t('password.current')}
            name="currentPassword"
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('password.new')}
            name="newPassword"
            rules={[
              { required: true, message: t('password.newRequired') },
              { ...PASSWORD_LENGTH, message: t('password.length') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('password.confirm')}
            name="confirmation"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {change.error && (
            <Form.Item>
              <ProblemAlert error={change.error} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
