import { ConfigProvider } from 'antd';
import { Outlet, Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { MY_GRADUATES_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const MyGraduatePage = lazyPage(() => import('./graduate/MyGraduatePage'), 'MyGraduatePage');
const MyGraduatesPage = lazyPage(() => import('./home/MyGraduatesPage'), 'MyGraduatesPage');

/** Made for a phone: every control a size larger, easy to hit with a thumb (dialogs too). */
function ThumbSized() {
  return (
    <ConfigProvider componentSize="large">
      <Outlet />
    </ConfigProvider>
  );
}

/** A volunteer curator's own pages (`curator.portal`). */
export const curatorPortalRoutes = (
  <Route path={MY_GRADUATES_PATH} element={<RequirePermission anyOf={['curator.portal']} />}>
    <Route element={<ThumbSized />}>
      <Route index element={<MyGraduatesPage />} />
      <Route path=":id" element={<MyGraduatePage />} />
    </Route>
  </Route>
);
