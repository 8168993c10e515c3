import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { MONITORING_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const MonitoringPage = lazyPage(() => import('./section/MonitoringPage'), 'MonitoringPage');

/** Routes of the monitoring section; a graduate's monitoring opens on their card. */
export const monitoringRoutes = (
  <Route path={MONITORING_PATH} element={<RequirePermission anyOf={['monitoring.read']} />}>
    <Route index element={<MonitoringPage />} />
  </Route>
);
