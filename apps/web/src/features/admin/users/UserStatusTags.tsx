import type { Schemas } from '@postcare/api-client';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';

/** Active or not, locked after wrong passwords, still on a temporary password. */
export function UserStatusTags({ user }: { user: Schemas['UserDto'] }) {
  const { t } = useTranslation();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  return (
    <>
      {user.active ? (
        <Tag color="green">{t('users.status.active')}</Tag>
      ) : (
        <Tag>{t('users.status.inactive')}</Tag>
      )}
      {locked && user.lockedUntil && (
        <Tag color="orange">
          {t('users.status.locked', { time: formatDateTime(user.lockedUntil) })}
        </Tag>
      )}
      {user.mustChangePassword && <Tag color="blue">{t('users.status.temporaryPassword')}</Tag>}
    </>
  );
}
