import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { MY_WORK_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const MyWorkPage = lazyPage(() => import('./MyWorkPage'), 'MyWorkPage');

/** The «Моя работа» page, for staff who read personal files (as the API requires). */
export const myWorkRoutes = (
  <Route path={MY_WORK_PATH} element={<RequirePermission anyOf={['graduates.read']} />}>
    <Route index element={<MyWorkPage />} />
  </Route>
);
