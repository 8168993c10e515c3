import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateCuratorAccount } from '../useCurators';
import { LIMITS, LOGIN_PATTERN, type Curator } from '../vocabulary';
import { suggestLogin } from './loginSuggestion';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

interface AccountValues {
  login: string;
}

/**
 * «Выдать учётную запись» (the head): a login for the curator's own account (role
 * «Куратор»: only the graduates assigned to them). The answer's temporary password is
 * shown once, in the next dialog.
 */
export function AccountModal({ curator, onClose }: { curator: Curator; onClose: () => void }) {
  const { t } = useTranslation('curators');
  const [form] = Form.useForm<AccountValues>();
  const create = useCreateCuratorAccount();
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);

  if (issued) {
    return (
      <TemporaryPasswordDialog
        name={curator.fullName}
        login={issued.login}
        password={issued.password}
        onClose={onClose}
      />
    );
  }

  const submit = ({ login }: AccountValues) =>
    create.mutate(
      {
        params: { path: { id: curator.id } },
        body: { version: curator.version, login: login.trim() },
      },
      {
        onSuccess: ({ curator: saved, temporaryPassword }) =>
          setIssued({ login: saved.account?.login ?? login.trim(), password: temporaryPassword }),
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<AccountValues>
      title={t('account.title', { name: curator.fullName })}
      okText={t('account.submit')}
      form={form}
      testId="curator-account-form"
      initialValues={{ login: suggestLogin(curator) }}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('account.hint')}</Typography.Paragraph>
      {curator.status === 'approved' && (
        <Typography.Paragraph type="secondary">{t('account.seesNothingYet')}</Typography.Paragraph>
      )}
      <Form.Item
        label={t('account.login')}
        name="login"
        extra={t('account.loginHint')}
        rules={[
          { required: true, whitespace: true, message: t('account.loginRequired') },
          {
            min: LIMITS.loginMin,
            max: LIMITS.login,
            message: t('account.loginLength', { min: LIMITS.loginMin, max: LIMITS.login }),
          },
          { pattern: LOGIN_PATTERN, message: t('account.loginPattern') },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
    </FormModal>
  );
}
