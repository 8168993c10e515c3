import dayjs, { type Dayjs } from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(localizedFormat);

/** A calendar day (YYYY-MM-DD, as the API writes it) in the interface language, e.g. 05.03.2026. */
export const formatDay = (day: string): string => dayjs(day).format('L');

/** A picked day as the API expects it. */
export const toDay = (value: Dayjs): string => value.format('YYYY-MM-DD');

/** The first and last day of the current month: the journal's default period. */
export function currentMonth(): [string, string] {
  const now = dayjs();
  return [toDay(now.startOf('month')), toDay(now.endOf('month'))];
}

/** Pickers refuse days after today: appeals and help are recorded, never planned here. */
export const isFutureDay = (value: Dayjs): boolean => value.isAfter(dayjs(), 'day');
