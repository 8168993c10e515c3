import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { LoginPage } from '../../features/account/LoginPage';
import { AdminHomeRedirect } from '../../features/admin/AdminHomeRedirect';
import { appealsRoutes } from '../../features/appeals/routes';
import { auditRoutes } from '../../features/audit/routes';
import { contractsRoutes } from '../../features/contracts/routes';
import { curatorPortalRoutes } from '../../features/curator-portal/routes';
import { curatorsRoutes } from '../../features/curators/routes';
import { graduatesRoutes } from '../../features/graduates/routes';
import { institutionSettingsRoutes } from '../../features/institution-settings/routes';
import { monitoringRoutes } from '../../features/monitoring/routes';
import { eventsRoutes } from '../../features/events/routes';
import { partnersRoutes } from '../../features/partners/routes';
import { plansRoutes } from '../../features/plans/routes';
import { regionalRoutes, reportsRoutes } from '../../features/reports/routes';
import { workPlansRoutes } from '../../features/work-plans/routes';
import { RequirePermission } from '../auth/RequirePermission';
import { SECTIONS, sectionPath } from '../layout/sections';
import { HomeRedirect } from './HomeRedirect';
import { myWorkRoutes } from '../../features/my-work/routes';
import { privacyRoutes } from '../../features/privacy/routes';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { lazyPage } from './lazyPage';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from './paths';

// The login page comes with the first load (it is where most visits start); the signed-in
// shell and every page are fetched when first opened.
const RequireSignIn = lazyPage(() => import('../auth/RequireSignIn'), 'RequireSignIn');
const AppLayout = lazyPage(() => import('../layout/AppLayout'), 'AppLayout');
const ChangePasswordPage = lazyPage(
  () => import('../../features/account/ChangePasswordPage'),
  'ChangePasswordPage',
);
const InstitutionsPage = lazyPage(
  () => import('../../features/admin/institutions/InstitutionsPage'),
  'InstitutionsPage',
);
const NotFoundPage = lazyPage(() => import('./NotFoundPage'), 'NotFoundPage');
const DictionariesPage = lazyPage(
  () => import('../../features/admin/dictionaries/DictionariesPage'),
  'DictionariesPage',
);
const UsersPage = lazyPage(() => import('../../features/admin/users/UsersPage'), 'UsersPage');
const UnderConstructionPage = lazyPage(
  () => import('../../features/sections/UnderConstructionPage'),
  'UnderConstructionPage',
);

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
  'retention',
  'audit',
];

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageSpinner />}>
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
            {privacyRoutes}
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
              element={
                <RequirePermission
                  anyOf={['users.manage', 'institutions.manage', 'dictionaries.manage']}
                />
              }
            >
              <Route index element={<AdminHomeRedirect />} />
              <Route element={<RequirePermission anyOf={['users.manage']} />}>
                <Route path="users" element={<UsersPage />} />
              </Route>
              <Route element={<RequirePermission anyOf={['institutions.manage']} />}>
                <Route path="institutions" element={<InstitutionsPage />} />
              </Route>
              <Route element={<RequirePermission anyOf={['dictionaries.manage']} />}>
                <Route path="dictionaries" element={<DictionariesPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
