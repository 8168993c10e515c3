import type { Schemas } from '@postcare/api-client';
import type { Dayjs } from 'dayjs';
import { toDay } from '../common/dates';

export type ServiceForm = Schemas['ServiceForm'];
export type ServiceDelivery = Schemas['ServiceDelivery'];

/** The shared vocabulary (codes and words in @postcare/domain). */
export { SERVICE_DELIVERIES, SERVICE_FORMS } from '@postcare/domain';

/** What the help form holds (dates as pickers hold them). */
export interface ServiceValues {
  providedOn: Dayjs;
  kindId: string;
  form: ServiceForm;
  delivery: ServiceDelivery;
  durationMinutes: number;
  result?: string;
  specialistId?: string;
  appealId?: string | null;
}

/**
 * A new record of help: given today (the institution's today, as the API judges "not before
 * the appeal" and "not in the future"), individually, in person, by the signed-in user.
 */
export const serviceDefaults = (today: Dayjs, myId?: string): Partial<ServiceValues> => ({
  providedOn: today,
  form: 'individual',
  delivery: 'in_person',
  specialistId: myId,
});

/** The request body for the help a graduate was given. */
export function serviceBody(
  graduateId: string,
  { providedOn, result, appealId, ...values }: ServiceValues,
): Schemas['CreateAidServiceDto'] {
  return {
    ...values,
    graduateId,
    providedOn: toDay(providedOn),
    result: result?.trim() || undefined,
    appealId: appealId ?? undefined,
  };
}
