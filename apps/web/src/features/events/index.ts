/**
 * The group events feature (001 §3.1.2, §3.2): what the app wires in.
 * - `eventsRoutes`: the «Мероприятия» section at /events
 * - `EVENTS_PATH`, `eventPath`: the section, and the section with one event's card open
 */
export { eventsRoutes } from './routes';
export { EVENTS_PATH, eventPath } from './paths';
