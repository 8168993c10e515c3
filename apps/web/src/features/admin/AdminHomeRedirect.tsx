import { Navigate } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';

/** /admin opens the first administration page the user may manage. */
export function AdminHomeRedirect() {
  const { can } = usePermissions();
  const to = can('users.manage')
    ? '/admin/users'
    : can('institutions.manage')
      ? '/admin/institutions'
      : '/admin/dictionaries';
  return <Navigate to={to} replace />;
}
