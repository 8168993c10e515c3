import type { Schemas } from '@postcare/api-client';
import dayjs, { type Dayjs } from 'dayjs';
import type { AppealChannel } from '../appeal/appealStatuses';

/** What the appeal step holds (the moment as the picker holds it). */
export interface AppealValues {
  channel: AppealChannel;
  registeredAt: Dayjs;
  problemIds: string[];
  description?: string;
  assignedSpecialistId?: string | null;
}

/** A new appeal: in person, now, given to me when I am a specialist (else the intake queue). */
export const appealDefaults = (me?: { id: string; role: string }): Partial<AppealValues> => ({
  channel: 'in_person',
  registeredAt: dayjs(),
  problemIds: [],
  assignedSpecialistId: me?.role === 'specialist' ? me.id : null,
});

export function appealBody(
  graduateId: string,
  { registeredAt, description, assignedSpecialistId, ...values }: AppealValues,
): Schemas['CreateAppealDto'] {
  return {
    ...values,
    graduateId,
    status: 'new',
    // With the local offset, e.g. 2026-11-05T10:30:00+10:00: the worker's own clock time.
    registeredAt: registeredAt.format(),
    description: description?.trim() || undefined,
    assignedSpecialistId: assignedSpecialistId ?? null,
  };
}
