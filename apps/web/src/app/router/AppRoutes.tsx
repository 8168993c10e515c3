import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ChangePasswordPage } from '../../features/account/ChangePasswordPage';
import { LoginPage } from '../../features/account/LoginPage';
import { AdminHomeRedirect } from '../../features/admin/AdminHomeRedirect';
import { InstitutionsPage } from '../../features/admin/institutions/InstitutionsPage';
import { UsersPage } from '../../features/admin/users/UsersPage';
import { appealsRoutes } from '../../features/appeals/routes';
import { auditRoutes } from '../../features/audit';
import { contractsRoutes } from '../../features/contracts/routes';
import { curatorPortalRoutes } from '../../features/curator-portal';
import { curatorsRoutes } from '../../features/curators';
import { graduatesRoutes } from '../../features/graduates/routes';
import { institutionSettingsRoutes } from '../../features/institution-settings/routes';
import { monitoringRoutes } from '../../features/monitoring';
import { eventsRoutes } from '../../features/events';
import { partnersRoutes } from '../../features/partners';
import { plansRoutes } from '../../features/plans/routes';
import { regionalRoutes, reportsRoutes } from '../../features/reports';
import { workPlansRoutes } from '../../features/work-plans';
import { UnderConstructionPage } from '../../features/sections/UnderConstructionPage';
import { RequirePermission } from '../auth/RequirePermission';
import { RequireSignIn } from '../auth/RequireSignIn';
import { AppLayout } from '../layout/AppLayout';
import { SECTIONS, sectionPath } from '../layout/sections';
import { HomeRedirect } from './HomeRedirect';
import { myWorkRoutes } from '../../features/my-work';
import { NotFoundPage } from './NotFoundPage';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from './paths';

/** Sections with their own pages; the rest show the "under construction" page. */
const BUILT_SECTIONS: readonly string[] = [
  'my-work',
  'graduates',
  'appeals',
  'contracts',
  'plans',
  'monitoring',
  'partners',
  'curators',
  'events',
  'work-plans',
  'reports',
  'audit',
];

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route path={LOGIN_PATH} element={<LoginPage />} />
      <Route element={<RequireSignIn />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          {myWorkRoutes}
          {graduatesRoutes}
          {appealsRoutes}
          {contractsRoutes}
          {plansRoutes}
          {monitoringRoutes}
          {partnersRoutes}
          {curatorsRoutes}
          {curatorPortalRoutes}
          {eventsRoutes}
          {workPlansRoutes}
          {reportsRoutes}
          {regionalRoutes}
          {institutionSettingsRoutes}
          {auditRoutes}
          {SECTIONS.filter((section) => !BUILT_SECTIONS.includes(section)).map((section) => (
            <Route
              key={section}
              path={sectionPath(section)}
              element={<UnderConstructionPage sectionTitle={t(`nav.${section}`)} />}
            />
          ))}
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          <Route
            path="/admin"
            element={<RequirePermission anyOf={['users.manage', 'institutions.manage']} />}
          >
            <Route index element={<AdminHomeRedirect />} />
            <Route element={<RequirePermission anyOf={['users.manage']} />}>
              <Route path="users" element={<UsersPage />} />
            </Route>
            <Route element={<RequirePermission anyOf={['institutions.manage']} />}>
              <Route path="institutions" element={<InstitutionsPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
