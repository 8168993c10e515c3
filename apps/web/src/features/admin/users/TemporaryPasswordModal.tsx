import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface IssuedPassword {
  userName: string;
  password: string;
}

/** Shows a temporary password once, with a copy button; it cannot be seen again later. */
export function TemporaryPasswordModal({
  issued,
  onClose,
}: {
  issued: IssuedPassword;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.temporaryPassword.title')}
      mask={{ closable: false }}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temporary-password-done">
          {t('common.close')}
        </Button>
      }
    >
      <Typography.Paragraph>
        {t('users.temporaryPassword.description', { name: issued.userName })}
      </Typography.Paragraph>
      <Typography.Paragraph copyable code data-testid="temporary-password" style={{ fontSize: 18 }}>
        {issued.password}
      </Typography.Paragraph>
    </Modal>
  );
}
