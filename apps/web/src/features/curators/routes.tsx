import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { CURATORS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const CuratorsPage = lazyPage(() => import('./section/CuratorsPage'), 'CuratorsPage');

/** Routes of the curators section; a curator's own pages are the curator portal's. */
export const curatorsRoutes = (
  <Route path={CURATORS_PATH} element={<RequirePermission anyOf={['curators.read']} />}>
    <Route index element={<CuratorsPage />} />
  </Route>
);
