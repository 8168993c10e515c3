import { Route } from 'react-router';
import { GraduatesPage } from './GraduatesPage';

/** Routes of the graduates section (personal files, import). */
export const graduatesRoutes = (
  <Route path="/graduates">
    <Route index element={<GraduatesPage />} />
  </Route>
);
