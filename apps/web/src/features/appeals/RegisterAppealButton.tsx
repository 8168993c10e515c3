import { Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { REGISTER_APPEAL_PATH, registerAppealFor } from './paths';

type RegisterAppealButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  /** Start with this person chosen (from the graduate's card). */
  graduateId?: string;
};

/** «Зарегистрировать обращение»: opens the intake wizard; hidden from those who may not register. */
export function RegisterAppealButton({ graduateId, ...props }: RegisterAppealButtonProps) {
  const { t } = useTranslation('appeals');
  const { can } = usePermissions();
  const navigate = useNavigate();
  if (!can('appeals.write')) return null;
  return (
    <Button
      type="primary"
      data-testid="register-appeal-button"
      {...props}
      onClick={() =>
        void navigate(graduateId ? registerAppealFor(graduateId) : REGISTER_APPEAL_PATH)
      }
    >
      {t('register.action')}
    </Button>
  );
}
