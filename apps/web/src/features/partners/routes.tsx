import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { PARTNERS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const PartnersPage = lazyPage(() => import('./section/PartnersPage'), 'PartnersPage');

/** Routes of the partners section; a graduate's referrals open on their card. */
export const partnersRoutes = (
  <Route path={PARTNERS_PATH} element={<RequirePermission anyOf={['partners.read']} />}>
    <Route index element={<PartnersPage />} />
  </Route>
);
