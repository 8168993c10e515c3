import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Moments as the service writes them: 05.03.2026 14:30. */
export const MOMENT_FORMAT = 'DD.MM.YYYY HH:mm';

/** The user's institution's time zone (IANA); undefined until known, or for none. */
export function useInstitutionZone(): string | undefined {
  return useCurrentUser().data?.institution?.timeZone;
}

function inZone(iso: string, zone: string | undefined): Dayjs {
  if (zone) {
    try {
      return dayjs(iso).tz(zone);
    } catch {
      // an unknown zone: the browser's clock
    }
  }
  return dayjs(iso);
}

/** A moment on the institution's clock, e.g. 05.03.2026 14:30. */
export function formatMoment(iso: string, zone: string | undefined): string {
  return inZone(iso, zone).format(MOMENT_FORMAT);
}

/** The institution's wall clock now, for a picker (whose value has no zone of its own). */
export function nowIn(zone: string | undefined): Dayjs {
  return dayjs(inZone(new Date().toISOString(), zone).format('YYYY-MM-DDTHH:mm'));
}

/** A moment from a picker, read as the institution's wall clock: ISO 8601 with its offset. */
export function momentIn(picked: Dayjs, zone: string | undefined): string {
  const wall = picked.format('YYYY-MM-DDTHH:mm:00');
  if (zone) {
    try {
      return dayjs.tz(wall, zone).format();
    } catch {
      // an unknown zone: the browser's offset
    }
  }
  return dayjs(wall).format();
}

/** A picker's wall-clock value for a stored moment. */
export function pickerMoment(iso: string, zone: string | undefined): Dayjs {
  return dayjs(inZone(iso, zone).format('YYYY-MM-DDTHH:mm'));
}
