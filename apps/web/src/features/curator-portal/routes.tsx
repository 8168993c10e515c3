import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { MY_GRADUATES_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const MyGraduatePage = lazyPage(() => import('./graduate/MyGraduatePage'), 'MyGraduatePage');
const MyGraduatesPage = lazyPage(() => import('./home/MyGraduatesPage'), 'MyGraduatesPage');

// Loaded with the portal's pages: the routes table is part of the first load (login).
const ThumbSized = lazyPage(() => import('./ThumbSized'), 'ThumbSized');

/** A volunteer curator's own pages (`curator.portal`). */
export const curatorPortalRoutes = (
  <Route path={MY_GRADUATES_PATH} element={<RequirePermission anyOf={['curator.portal']} />}>
    <Route element={<ThumbSized />}>
      <Route index element={<MyGraduatesPage />} />
      <Route path=":id" element={<MyGraduatePage />} />
    </Route>
  </Route>
);
