import { Button } from 'antd';
import { ROLE_LABELS } from '@postcare/domain';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/account/useLogout';
import { NotificationBell } from '../../features/notifications';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { BELOW_MD, FROM_SM, useMediaQuery } from '../../shared/ui/useMediaQuery';
import { CHANGE_PASSWORD_PATH } from '../router/paths';
import { RegisterAppealButton } from '../../features/appeals/RegisterAppealButton';
import { institutionSettingsPath } from '../../features/institution-settings/paths';
import { usePermissions } from '../../shared/auth/usePermissions';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { AccountMenu } from './AccountMenu';
import './header-bar.css';

/**
 * The signed-in user, the language and the account's actions. On a narrow screen the
 * actions fold into a menu under the user's name and the main menu opens from a button,
 * so nothing runs off the side of a phone.
 */
export function HeaderBar({
  onOpenMenu,
  menuButton,
  menuOpen = false,
}: {
  onOpenMenu?: () => void;
  menuButton?: RefObject<HTMLButtonElement | null>;
  menuOpen?: boolean;
}) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const { can } = usePermissions();
  const phone = useMediaQuery(BELOW_MD);
  const fromSm = useMediaQuery(FROM_SM);
  const { logout, isPending } = useLogout();
  if (!me) return null;
  // Heads set up their own institution; administrators reach any from the institutions table.
  const settingsId = can('institutions.settings') ? me.institution?.id : undefined;
  const roleLine = `${labelOf(ROLE_LABELS, me.role)} · ${me.institution?.name ?? t('header.noInstitution')}`;

  if (onOpenMenu || phone) {
    return (
      <div className="header-bar header-bar--narrow">
        {onOpenMenu && (
          <button
            ref={menuButton}
            type="button"
            className="header-bar__menu-button"
            aria-label={t('nav.mainMenu')}
            aria-expanded={menuOpen}
            aria-haspopup="dialog"
            onClick={onOpenMenu}
            data-testid="main-menu-button"
          >
            ☰
          </button>
        )}
        {fromSm && <RegisterAppealButton />}
        <div className="header-bar__end">
          <NotificationBell />
          <AccountMenu
            name={me.fullName}
            roleLine={roleLine}
            busy={isPending}
            items={[
              ...(settingsId
                ? [
                    {
                      key: 'settings',
                      label: t('header.institutionSettings'),
                      onSelect: () => void navigate(institutionSettingsPath(settingsId)),
                    },
                  ]
                : []),
              {
                key: 'password',
                label: t('header.changePassword'),
                onSelect: () => void navigate(CHANGE_PASSWORD_PATH),
              },
              { key: 'logout', label: t('header.logout'), danger: true, onSelect: logout },
            ]}
          />
          <LanguageSwitch />
        </div>
      </div>
    );
  }

  return (
    <div className="header-bar">
      <RegisterAppealButton style={{ marginRight: 'auto' }} />
      <NotificationBell />
      {/* A long name or institution is cut short (full text on hover), never wrapped. */}
      <div className="header-bar__who">
        <strong className="header-bar__line" title={me.fullName} data-testid="current-user-name">
          {me.fullName}
        </strong>
        <span
          className="header-bar__line header-bar__role"
          title={roleLine}
          data-testid="current-user-role"
        >
          {roleLine}
        </span>
      </div>
      <LanguageSwitch />
      <div className="header-bar__actions">
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
      </div>
    </div>
  );
}
