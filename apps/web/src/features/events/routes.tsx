import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';

/** Routes of the group events section. */
export const eventsRoutes = (
  <Route path="/events" element={<RequirePermission anyOf={['events.read']} />}>
    <Route index element={null} />
  </Route>
);
