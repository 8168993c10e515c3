import dayjs, { type Dayjs } from 'dayjs';
import { useCurrentUser } from '../auth/useCurrentUser';

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
  // The zone comes with the signed-in user, loaded before any page: a form's defaults never
  // fall back to the browser's day while the institution is still loading.
  return dayjs(todayIn(useCurrentUser().data?.institution?.timeZone));
}
