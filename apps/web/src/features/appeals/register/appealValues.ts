import type { Schemas } from '@postcare/api-client';
import type { Dayjs } from 'dayjs';
import { momentIn, nowIn } from '../../monitoring/time';
import type { AppealChannel } from '../appeal/appealStatuses';

/** What the appeal step holds (the moment as the picker holds it: the institution's wall clock). */
export interface AppealValues {
  channel: AppealChannel;
  registeredAt: Dayjs;
  problemIds: string[];
  description?: string;
  assignedSpecialistId?: string | null;
  /** The person chosen in the first step, kept with the draft of the wizard. */
  graduateId?: string;
}

/** A new appeal: in person, now, given to me when I am a specialist (else the intake queue). */
export const appealDefaults = (
  zone: string | undefined,
  me?: { id: string; role: string },
): Partial<AppealValues> => ({
  channel: 'in_person',
  registeredAt: nowIn(zone),
  problemIds: [],
  assignedSpecialistId: me?.role === 'specialist' ? me.id : null,
});

export function appealBody(
  graduateId: string,
  {
    registeredAt,
    description,
    assignedSpecialistId,
    graduateId: _drafted,
    ...values
  }: AppealValues,
  zone: string | undefined,
): Schemas['CreateAppealDto'] {
  return {
    ...values,
    graduateId,
    status: 'new',
    // The institution's clock with its offset, e.g. 2026-11-05T10:30:00+10:00: the API's days
    // (of the journal, of "help not before the appeal") are the institution's days too.
    registeredAt: momentIn(registeredAt, zone),
    description: description?.trim() || undefined,
    assignedSpecialistId: assignedSpecialistId ?? null,
  };
}
