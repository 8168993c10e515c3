import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { PLANS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const PlansPage = lazyPage(() => import('./list/PlansPage'), 'PlansPage');

/** Routes of the plans section; plans themselves open on the graduate's card. */
export const plansRoutes = (
  <Route path={PLANS_PATH} element={<RequirePermission anyOf={['plans.read']} />}>
    <Route index element={<PlansPage />} />
  </Route>
);
