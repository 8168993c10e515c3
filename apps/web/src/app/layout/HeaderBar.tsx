import { Button, Dropdown, Flex, Grid, Typography, type MenuProps } from 'antd';
import { ROLE_LABELS } from '@postcare/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/account/useLogout';
import { NotificationBell } from '../../features/notifications';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { CHANGE_PASSWORD_PATH } from '../router/paths';
import { RegisterAppealButton } from '../../features/appeals/RegisterAppealButton';
import { institutionSettingsPath } from '../../features/institution-settings/paths';
import { usePermissions } from '../../shared/auth/usePermissions';
import { useLabel } from '../../shared/vocabulary/useLabel';

/**
 * The signed-in user, the language and the account's actions. On a narrow screen the
 * actions fold into a menu under the user's name and the main menu opens from a button,
 * so nothing runs off the side of a phone.
 */
export function HeaderBar({ onOpenMenu }: { onOpenMenu?: () => void }) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const { can } = usePermissions();
  const screens = Grid.useBreakpoint();
  const { logout, isPending } = useLogout();
  if (!me) return null;
  // Heads set up their own institution; administrators reach any from the institutions table.
  const settingsId = can('institutions.settings') ? me.institution?.id : undefined;
  const roleLine = `${labelOf(ROLE_LABELS, me.role)} · ${me.institution?.name ?? t('header.noInstitution')}`;

  if (onOpenMenu || screens.md === false) {
    const items: MenuProps['items'] = [
      { key: 'role', label: roleLine, disabled: true },
      { type: 'divider' },
      ...(settingsId ? [{ key: 'settings', label: t('header.institutionSettings') }] : []),
      { key: 'password', label: t('header.changePassword') },
      { key: 'logout', label: t('header.logout'), danger: true },
    ];
    const onClick: MenuProps['onClick'] = ({ key }) => {
      if (key === 'settings' && settingsId) void navigate(institutionSettingsPath(settingsId));
      if (key === 'password') void navigate(CHANGE_PASSWORD_PATH);
      if (key === 'logout') logout();
    };
    return (
      <Flex align="center" gap={8} style={{ height: '100%' }}>
        {onOpenMenu && (
          <Button
            size="large"
            aria-label={t('nav.mainMenu')}
            onClick={onOpenMenu}
            data-testid="main-menu-button"
          >
            ☰
          </Button>
        )}
        {screens.sm && <RegisterAppealButton />}
        <Flex justify="flex-end" align="center" gap={8} style={{ flex: '1 1 auto', minWidth: 0 }}>
          <NotificationBell />
          <Dropdown menu={{ items, onClick }} trigger={['click']}>
            <Button type="text" loading={isPending} style={{ minWidth: 0, maxWidth: '100%' }}>
              <Typography.Text strong ellipsis data-testid="current-user-name">
                {me.fullName}
              </Typography.Text>
              ▾
            </Button>
          </Dropdown>
          <LanguageSwitch />
        </Flex>
      </Flex>
    );
  }

  return (
    <Flex align="center" justify="flex-end" gap={24} style={{ height: '100%' }}>
      <RegisterAppealButton style={{ marginRight: 'auto' }} />
      <NotificationBell />
      {/* A long name or institution is cut short (full text on hover), never wrapped. */}
      <Flex vertical align="flex-end" style={{ lineHeight: 1.3, minWidth: 0, overflow: 'hidden' }}>
        <Typography.Text
          strong
          ellipsis={{ tooltip: me.fullName }}
          style={{ maxWidth: '100%' }}
          data-testid="current-user-name"
        >
          {me.fullName}
        </Typography.Text>
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: roleLine }}
          style={{ fontSize: 12, maxWidth: '100%' }}
          data-testid="current-user-role"
        >
          {roleLine}
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
