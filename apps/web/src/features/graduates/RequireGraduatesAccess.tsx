import { Navigate } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { usePermissions } from '../../shared/auth/usePermissions';

/**
 * The section needs `graduates.read`. Administrators, who see no case content, land here
 * from the start page: they are sent on to administration instead of a refusal.
 */
export function RequireGraduatesAccess() {
  const { can } = usePermissions();
  if (!can('graduates.read') && can('users.manage', 'institutions.manage'))
    return <Navigate to="/admin" replace />;
  return <RequirePermission anyOf={['graduates.read']} />;
}
