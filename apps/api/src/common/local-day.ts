import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { And, FindOperator, LessThan, MoreThanOrEqual } from 'typeorm';

dayjs.extend(utc);
dayjs.extend(timezone);

/*
 * Calendar days belong to an institution: "today", due dates, overdue flags and the days
 * of the journal are days of the institution's IANA time zone (Khabarovsk and Novosibirsk
 * differ by three hours), never the server's. Users without an institution (deployment
 * administrators) use DEFAULT_TIME_ZONE.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/** True for a time zone name the runtime knows (e.g. `Asia/Vladivostok`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/**
 * One formatter per zone, kept: building an Intl.DateTimeFormat is what makes a zone
 * conversion slow (dayjs's tz() took 7 % of a graduate card's CPU). Swedish dates are
 * written YYYY-MM-DD, so the formatted string is the calendar day itself.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  return format;
}

/** The calendar day of an instant in `zone`. */
export const dayOf = (instant: Date, zone: string) => dayFormat(zone).format(instant);

/** The calendar day in `zone` at the instant `now`. */
export const todayIn = (zone: string, now: Date = new Date()) => dayOf(now, zone);

/** The instant a calendar day starts in `zone`. */
export const startOfDay = (day: string, zone: string) => dayjs.tz(day, zone).toDate();

/** `day` plus `n` days (n may be negative), as YYYY-MM-DD. */
export const addDays = (day: string, n: number) => dayjs(day).add(n, 'day').format('YYYY-MM-DD');

/** `day` plus `n` months, as YYYY-MM-DD (the 31st becomes the month's last day). */
export const addMonths = (day: string, n: number) =>
  dayjs(day).add(n, 'month').format('YYYY-MM-DD');

/** Instants within the days `from`..`to` (both included) of `zone`; undefined when neither is given. */
export function withinDays(
  zone: string,
  from?: string,
  to?: string,
): FindOperator<Date> | undefined {
  const start = from ? MoreThanOrEqual(startOfDay(from, zone)) : undefined;
  const end = to ? LessThan(startOfDay(addDays(to, 1), zone)) : undefined;
  return start && end ? And(start, end) : (start ?? end);
}
