import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { InstitutionSettingsPage } from './InstitutionSettingsPage';

/** The settings of an institution (the API confines heads to their own). */
export const institutionSettingsRoutes = (
  <Route element={<RequirePermission anyOf={['institutions.settings']} />}>
    <Route path="/institutions/:id/settings" element={<InstitutionSettingsPage />} />
  </Route>
);
