import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { RequireGraduatesAccess } from './RequireGraduatesAccess';
import { lazyPage } from '../../app/router/lazyPage';

const EditGraduatePage = lazyPage(() => import('./EditGraduatePage'), 'EditGraduatePage');
const GraduateCardPage = lazyPage(() => import('./GraduateCardPage'), 'GraduateCardPage');
const GraduatesPage = lazyPage(() => import('./GraduatesPage'), 'GraduatesPage');
const ImportGraduatesPage = lazyPage(
  () => import('./import/ImportGraduatesPage'),
  'ImportGraduatesPage',
);
const NewGraduatePage = lazyPage(() => import('./NewGraduatePage'), 'NewGraduatePage');

/** Routes of the graduates section (personal files, import). */
export const graduatesRoutes = (
  <Route path="/graduates" element={<RequireGraduatesAccess />}>
    <Route index element={<GraduatesPage />} />
    <Route element={<RequirePermission anyOf={['graduates.write']} />}>
      <Route path="new" element={<NewGraduatePage />} />
      <Route path=":id/edit" element={<EditGraduatePage />} />
    </Route>
    <Route element={<RequirePermission anyOf={['graduates.import']} />}>
      <Route path="import" element={<ImportGraduatesPage />} />
    </Route>
    <Route path=":id" element={<GraduateCardPage />} />
  </Route>
);
