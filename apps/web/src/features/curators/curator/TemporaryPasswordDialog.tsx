import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The curator's temporary password, shown once with a copy button: it is not kept
 * anywhere the service can show it again. The curator replaces it at the first sign-in.
 */
export function TemporaryPasswordDialog({
  name,
  login,
  password,
  onClose,
}: {
  name: string;
  login: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('curators');
  return (
    <Modal
      open
      title={t('account.issuedTitle')}
      mask={{ closable: false }}
      keyboard={false}
      closable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temporary-password-done">
          {t('account.issuedDone')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('account.onceTitle')}
        description={t('account.onceText', { name })}
      />
      <Typography.Paragraph>
        {t('account.login')}:{' '}
        <Typography.Text strong copyable data-testid="curator-login">
          {login}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>{t('account.password')}:</Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ tooltips: [t('account.copy'), t('account.copied')] }}
        code
        data-testid="temporary-password"
        style={{ fontSize: 18 }}
      >
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
