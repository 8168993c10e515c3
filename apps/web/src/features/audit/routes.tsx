import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { lazyPage } from '../../app/router/lazyPage';
import { AUDIT_PATH } from './paths';

const AuditPage = lazyPage(() => import('./AuditPage'), 'AuditPage');

export const auditRoutes = (
  <Route element={<RequirePermission anyOf={['audit.read']} />}>
    <Route path={AUDIT_PATH} element={<AuditPage />} />
  </Route>
);
