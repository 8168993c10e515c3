import type { Permission } from '@postcare/api-client';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';

/** Shows the nested pages only to users holding one of the permissions. */
export function RequirePermission({ anyOf }: { anyOf: Permission[] }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  if (!can(...anyOf)) return <Result status="403" title={t('errors.forbidden')} />;
  return <Outlet />;
}
