import type { Dayjs } from 'dayjs';
import { momentIn, nowIn, pickerMoment } from '../time';
import { DEFAULT_DURATION, type EventKind, type GroupEvent } from '../vocabulary';

/** Who leads it: a member of staff of the institution, or an invited person by name. */
export type LeadMode = 'staff' | 'invited';

export interface EventValues {
  kind?: EventKind;
  /** The start on the institution's wall clock. */
  startsAt?: Dayjs | null;
  durationMinutes?: number | null;
  topic?: string;
  leadMode: LeadMode;
  leadUserId?: string;
  leadName?: string;
  place?: string;
  participantIds?: string[];
  notes?: string;
}

/** A new event: today at the next full hour, 90 minutes, led by the user when they may lead. */
export function newEventValues(zone: string | undefined, leadUserId?: string): EventValues {
  return {
    startsAt: nowIn(zone).add(1, 'hour').startOf('hour'),
    durationMinutes: DEFAULT_DURATION,
    leadMode: 'staff',
    leadUserId,
    participantIds: [],
  };
}

/** An event as the form edits it: its start on the institution's clock. */
export function eventValues(event: GroupEvent, zone: string | undefined): EventValues {
  return {
    kind: event.kind,
    startsAt: pickerMoment(event.startsAt, zone),
    durationMinutes: event.durationMinutes,
    topic: event.topic,
    leadMode: event.lead || !event.leadName ? 'staff' : 'invited',
    leadUserId: event.lead?.id,
    leadName: event.leadName,
    place: event.place,
    participantIds: event.participants.map(({ graduate }) => graduate.id),
    notes: event.notes,
  };
}

/**
 * Every field as the API takes it: trimmed text, the start with the institution's offset,
 * and one kind of lead: a member of staff, or an invited person's name with no staff lead.
 * (An event led by both — possible through the API — keeps its invited co-lead while the
 * staff lead stays chosen.)
 */
export function requestBody(
  values: EventValues & { kind: EventKind; startsAt: Dayjs; durationMinutes: number },
  zone: string | undefined,
  previous?: GroupEvent,
) {
  const text = (value: string | undefined) => value?.trim() ?? '';
  const staff = values.leadMode === 'staff';
  const coLead = staff && previous?.lead ? previous.leadName : '';
  return {
    kind: values.kind,
    startsAt: momentIn(values.startsAt, zone),
    durationMinutes: values.durationMinutes,
    topic: text(values.topic),
    leadUserId: staff ? (values.leadUserId ?? null) : null,
    leadName: staff ? coLead : text(values.leadName),
    place: text(values.place),
    notes: text(values.notes),
    participantIds: values.participantIds ?? [],
  };
}
