import { Navigate } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';

/** /admin opens the first administration page the user may manage. */
export function AdminHomeRedirect() {
  const { can } = usePermissions();
  return <Navigate to={can('users.manage') ? '/admin/users' : '/admin/institutions'} replace />;
}
