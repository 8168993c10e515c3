import dayjs, { type Dayjs } from 'dayjs';
import { useOwnInstitution } from '../auth/useOwnInstitution';

/** Today (YYYY-MM-DD) in a time zone; the browser's own today when none is known. */
export function todayIn(timeZone: string | undefined): string {
  if (timeZone) {
    try {
      // en-CA writes dates as YYYY-MM-DD.
      return new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date());
    } catch {
      // an unknown zone: the browser's today
    }
  }
  return dayjs().format('YYYY-MM-DD');
}

/**
 * "Today" as the API judges it: in the user's institution's time zone (deadlines, signing
 * and completion dates). Pickers default to it and refuse days after it.
 */
export function useInstitutionToday(): Dayjs {
  return dayjs(todayIn(useOwnInstitution().data?.timeZone));
}
