import { graduatePath } from '../graduates/paths';

/** The «Мероприятия» section: the list of group events. */
export const EVENTS_PATH = '/events';

/** The list with one event's card open. */
export const eventPath = (eventId: string) => `${EVENTS_PATH}?event=${encodeURIComponent(eventId)}`;

/** The «Услуги» tab of a graduate's card, where the help counted for an event is listed. */
export const graduateServicesPath = (graduateId: string) =>
  `${graduatePath(graduateId)}?tab=services`;

export { graduatePath };
