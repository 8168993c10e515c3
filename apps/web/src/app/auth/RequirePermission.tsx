import type { Permission } from '@postcare/api-client';
import { Outlet } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { lazyPage } from '../router/lazyPage';

// Rarely seen, so its picture is fetched only when needed.
const ForbiddenResult = lazyPage(() => import('./ForbiddenResult'), 'ForbiddenResult');

/** Shows the nested pages only to users holding one of the permissions. */
export function RequirePermission({ anyOf }: { anyOf: Permission[] }) {
  const { can } = usePermissions();
  if (!can(...anyOf)) return <ForbiddenResult />;
  return <Outlet />;
}
