import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { AuditPage } from './AuditPage';
import { AUDIT_PATH } from './paths';

export const auditRoutes = (
  <Route element={<RequirePermission anyOf={['audit.read']} />}>
    <Route path={AUDIT_PATH} element={<AuditPage />} />
  </Route>
);
