import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { lazyPage } from '../../app/router/lazyPage';

const InstitutionSettingsPage = lazyPage(
  () => import('./InstitutionSettingsPage'),
  'InstitutionSettingsPage',
);

/** The settings of an institution (the API confines heads to their own). */
export const institutionSettingsRoutes = (
  <Route element={<RequirePermission anyOf={['institutions.settings']} />}>
    <Route path="/institutions/:id/settings" element={<InstitutionSettingsPage />} />
  </Route>
);
