import { Navigate } from 'react-router';
import { REGIONAL_PATH } from '../../features/reports/paths';
import { usePermissions } from '../../shared/auth/usePermissions';
import { HOME_PATH } from './paths';

/** The start page: a regional user's is the institutions' reports; everyone else's the graduates. */
export function HomeRedirect() {
  const { can } = usePermissions();
  return <Navigate to={can('reports.regional') ? REGIONAL_PATH : HOME_PATH} replace />;
}
