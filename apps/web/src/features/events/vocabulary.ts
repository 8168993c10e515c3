import type { operations, Schemas } from '@postcare/api-client';

export type GroupEvent = Schemas['EventDto'];
export type EventSummary = Schemas['EventSummaryDto'];
export type EventParticipant = Schemas['EventParticipantDto'];
export type EventKind = Schemas['GroupEventKind'];
export type EventStatus = Schemas['GroupEventStatus'];
export type EventListQuery = NonNullable<operations['listEvents']['parameters']['query']>;

/** The shared vocabulary (codes and words in @postcare/domain). */
export {
  GROUP_EVENT_KINDS as EVENT_KINDS,
  GROUP_EVENT_STATUSES as EVENT_STATUSES,
} from '@postcare/domain';

export const EVENT_STATUS_COLORS: Record<EventStatus, string> = {
  scheduled: 'blue',
  held: 'green',
  cancelled: 'default',
};

/**
 * Where a present participant's help is counted when the event is held (001 §3.2): the
 * learning formats as «Обучающий семинар, тренинг, мастер-класс», the rest as «Групповое
 * мероприятие». Mirrors the API's table, so the hold dialog can say it beforehand.
 */
export const SERVICE_OF_KIND: Record<EventKind, 'training' | 'group'> = {
  training: 'training',
  seminar: 'training',
  master_class: 'training',
  club_meeting: 'group',
  evening: 'group',
  excursion: 'group',
  other: 'group',
};

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  topic: 500,
  place: 500,
  leadName: 300,
  notes: 4000,
  reason: 1000,
  durationMin: 1,
  durationMax: 1440,
  participants: 200,
} as const;

/** Usual lengths offered in the form (minutes); any other length can be typed. */
export const DEFAULT_DURATION = 90;

/** Who leads it: a member of staff, an invited person, or both. */
export function leadOf(
  event: Pick<EventSummary, 'lead' | 'leadCurator' | 'leadPartner' | 'leadName'>,
): string {
  return [
    event.lead?.fullName,
    event.leadCurator?.fullName,
    event.leadPartner?.name,
    event.leadName,
  ]
    .filter(Boolean)
    .join(', ');
}
