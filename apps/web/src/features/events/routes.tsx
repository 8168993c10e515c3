import { Route } from 'react-router';
import { RequirePermission } from '../../app/auth/RequirePermission';
import { EVENTS_PATH } from './paths';
import { lazyPage } from '../../app/router/lazyPage';

const EventsPage = lazyPage(() => import('./list/EventsPage'), 'EventsPage');

/** Routes of the group events section. */
export const eventsRoutes = (
  <Route path={EVENTS_PATH} element={<RequirePermission anyOf={['events.read']} />}>
    <Route index element={<EventsPage />} />
  </Route>
);
