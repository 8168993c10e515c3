import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { EditGraduatePage } from './EditGraduatePage';
import { GraduateCardPage } from './GraduateCardPage';
import { GraduatesPage } from './GraduatesPage';
import { ImportGraduatesPage } from './import/ImportGraduatesPage';
import { NewGraduatePage } from './NewGraduatePage';
import { RequireGraduatesAccess } from './RequireGraduatesAccess';

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
