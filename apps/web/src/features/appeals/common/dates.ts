import dayjs, { type Dayjs } from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(localizedFormat);

/** A calendar day (YYYY-MM-DD, as the API writes it) in the interface language, e.g. 05.03.2026. */
export const formatDay = (day: string): string => dayjs(day).format('L');

/** A picked day as the API expects it. */
export const toDay = (value: Dayjs): string => value.format('YYYY-MM-DD');

/**
 * The first and last day of the month `today` (the institution's: `useInstitutionToday`)
 * falls in: the journal's default period.
 */
export function currentMonth(today: Dayjs): [string, string] {
  return [toDay(today.startOf('month')), toDay(today.endOf('month'))];
}

/** Pickers refuse days after the institution's today: appeals and help are recorded, never planned. */
export const isFutureDay = (value: Dayjs, today: Dayjs): boolean => value.isAfter(today, 'day');
