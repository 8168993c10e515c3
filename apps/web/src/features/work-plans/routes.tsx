import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';

/** Routes of the work plans section. */
export const workPlansRoutes = (
  <Route path="/work-plans" element={<RequirePermission anyOf={['work-plans.read']} />}>
    <Route index element={null} />
  </Route>
);
