import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/account/useLogout';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { CHANGE_PASSWORD_PATH } from '../router/paths';
import { RegisterAppealButton } from '../../features/appeals/RegisterAppealButton';
import { institutionSettingsPath } from '../../features/institution-settings/paths';
import { usePermissions } from '../../shared/auth/usePermissions';

export function HeaderBar() {
  const { t } = useTranslation();
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const { can } = usePermissions();
  const { logout, isPending } = useLogout();
  if (!me) return null;
  // Heads set up their own institution; administrators reach any from the institutions table.
  const settingsId = can('institutions.settings') ? me.institution?.id : undefined;

  return (
    <Flex align="center" justify="flex-end" gap={24} style={{ height: '100%' }}>
      <RegisterAppealButton style={{ marginRight: 'auto' }} />
      {/* On a phone the name gives way to the buttons: cut short, never wrapped letter by letter. */}
      <Flex vertical align="flex-end" style={{ lineHeight: 1.3, minWidth: 40, overflow: 'hidden' }}>
        <Typography.Text
          strong
          ellipsis
          style={{ maxWidth: '100%' }}
          data-testid="current-user-name"
        >
          {me.fullName}
        </Typography.Text>
        <Typography.Text
          type="secondary"
          ellipsis
          style={{ fontSize: 12, maxWidth: '100%' }}
          data-testid="current-user-role"
        >
          {t(`roles.${me.role}`)} · {me.institution?.name ?? t('header.noInstitution')}
        </Typography.Text>
      </Flex>
      <LanguageSwitch />
      <Flex gap={8}>
        {settingsId && (
          <Button
            onClick={() => void navigate(institutionSettingsPath(settingsId))}
            data-testid="institution-settings-button"
          >
            {t('header.institutionSettings')}
          </Button>
        )}
        <Button onClick={() => void navigate(CHANGE_PASSWORD_PATH)}>
          {t('header.changePassword')}
        </Button>
        <Button onClick={logout} loading={isPending} data-testid="logout-button">
          {t('header.logout')}
        </Button>
      </Flex>
    </Flex>
  );
}
