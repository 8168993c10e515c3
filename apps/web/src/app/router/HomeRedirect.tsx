import { Navigate } from 'react-router';
import { MY_WORK_PATH } from '../../features/my-work/paths';
import { REGIONAL_PATH } from '../../features/reports/paths';
import { usePermissions } from '../../shared/auth/usePermissions';
import { CURATOR_HOME_PATH, HOME_PATH } from './paths';

/**
 * `/` opens the user's start page: a volunteer curator's own graduates; a regional user's
 * reports of their institutions; for staff who work with personal files, «Моя работа» (what
 * to do today); otherwise the files list.
 */
export function HomeRedirect() {
  const { can } = usePermissions();
  const home = can('curator.portal')
    ? CURATOR_HOME_PATH
    : can('reports.regional')
      ? REGIONAL_PATH
      : can('graduates.read')
        ? MY_WORK_PATH
        : HOME_PATH;
  return <Navigate to={home} replace />;
}
