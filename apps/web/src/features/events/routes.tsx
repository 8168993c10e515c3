import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { EventsPage } from './list/EventsPage';
import { EVENTS_PATH } from './paths';

/** Routes of the group events section. */
export const eventsRoutes = (
  <Route path={EVENTS_PATH} element={<RequirePermission anyOf={['events.read']} />}>
    <Route index element={<EventsPage />} />
  </Route>
);
