import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { lazyPage } from '../../app/router/lazyPage';
import { RETENTION_PATH } from './paths';

const RetentionPage = lazyPage(() => import('./RetentionPage'), 'RetentionPage');

export const privacyRoutes = (
  <Route element={<RequirePermission anyOf={['privacy.retention']} />}>
    <Route path={RETENTION_PATH} element={<RetentionPage />} />
  </Route>
);
