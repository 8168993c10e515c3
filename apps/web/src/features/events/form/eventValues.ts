import type { Dayjs } from 'dayjs';
import { momentIn, nowIn, pickerMoment } from '../time';
import { DEFAULT_DURATION, type EventKind, type GroupEvent } from '../vocabulary';

/**
 * Who leads it: a member of staff of the institution, a volunteer curator, a partner
 * organisation of the directory (with its person by name, if known), or an invited
 * person by name.
 */
export type LeadMode = 'staff' | 'curator' | 'partner' | 'invited';

export interface EventValues {
  kind?: EventKind;
  /** The start on the institution's wall clock. */
  startsAt?: Dayjs | null;
  durationMinutes?: number | null;
  topic?: string;
  leadMode: LeadMode;
  leadUserId?: string;
  leadCuratorId?: string;
  leadPartnerId?: string;
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

/** The lead the form shows: a curator or a partner first, then staff, then an invited name. */
function leadModeOf(event: GroupEvent): LeadMode {
  if (event.leadCurator) return 'curator';
  if (event.leadPartner) return 'partner';
  return event.lead || !event.leadName ? 'staff' : 'invited';
}

/** An event as the form edits it: its start on the institution's clock. */
export function eventValues(event: GroupEvent, zone: string | undefined): EventValues {
  return {
    kind: event.kind,
    startsAt: pickerMoment(event.startsAt, zone),
    durationMinutes: event.durationMinutes,
    topic: event.topic,
    leadMode: leadModeOf(event),
    leadUserId: event.lead?.id,
    leadCuratorId: event.leadCurator?.id,
    leadPartnerId: event.leadPartner?.id,
    leadName: event.leadName,
    place: event.place,
    participantIds: event.participants.map(({ graduate }) => graduate.id),
    notes: event.notes,
  };
}

/**
 * Every field as the API takes it: trimmed text, the start with the institution's offset,
 * and one kind of lead, the others cleared. (An event led by staff and an invited person —
 * possible through the API — keeps its invited co-lead while the staff lead stays chosen.)
 * A curator or a partner is sent only when it changes: one paused or archived since stays
 * named, where naming them anew would be refused.
 */
export function requestBody(
  values: EventValues & { kind: EventKind; startsAt: Dayjs; durationMinutes: number },
  zone: string | undefined,
  previous?: GroupEvent,
) {
  const text = (value: string | undefined) => value?.trim() ?? '';
  const mode = values.leadMode;
  const coLead = mode === 'staff' && previous?.lead ? previous.leadName : '';
  const curatorId = mode === 'curator' ? (values.leadCuratorId ?? null) : null;
  const partnerId = mode === 'partner' ? (values.leadPartnerId ?? null) : null;
  return {
    kind: values.kind,
    startsAt: momentIn(values.startsAt, zone),
    durationMinutes: values.durationMinutes,
    topic: text(values.topic),
    leadUserId: mode === 'staff' ? (values.leadUserId ?? null) : null,
    leadName: mode === 'invited' || mode === 'partner' ? text(values.leadName) : coLead,
    ...(curatorId !== (previous?.leadCurator?.id ?? null) ? { leadCuratorId: curatorId } : {}),
    ...(partnerId !== (previous?.leadPartner?.id ?? null) ? { leadPartnerId: partnerId } : {}),
    place: text(values.place),
    notes: text(values.notes),
    participantIds: values.participantIds ?? [],
  };
}
