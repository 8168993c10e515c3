import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { CONTRACTS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const ContractsPage = lazyPage(() => import('./list/ContractsPage'), 'ContractsPage');

/** Routes of the contracts section; contracts themselves open on the graduate's card. */
export const contractsRoutes = (
  <Route path={CONTRACTS_PATH} element={<RequirePermission anyOf={['contracts.read']} />}>
    <Route index element={<ContractsPage />} />
  </Route>
);
