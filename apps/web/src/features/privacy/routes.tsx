import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { RETENTION_PATH } from './paths';
import { RetentionPage } from './RetentionPage';

export const privacyRoutes = (
  <Route element={<RequirePermission anyOf={['privacy.retention']} />}>
    <Route path={RETENTION_PATH} element={<RetentionPage />} />
  </Route>
);
