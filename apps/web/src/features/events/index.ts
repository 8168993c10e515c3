/**
 * The group events feature (001 §3.1.2, §3.2): what the app wires in.
 * - `eventsRoutes`: the «Мероприятия» section at /events
 */
export { eventsRoutes } from './routes';
