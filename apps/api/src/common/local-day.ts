import dayjs from 'dayjs';
import { And, FindOperator, LessThan, MoreThanOrEqual } from 'typeorm';

/*
 * Calendar days of the journal are days of the server's time zone (the TZ of the API
 * process): a deployment serves one region, and a day must mean the same in the filters,
 * the eligibility check and the exported journal.
 */

export const today = () => dayjs().format('YYYY-MM-DD');

export const dayOf = (instant: Date) => dayjs(instant).format('YYYY-MM-DD');

/** Instants within the days `from`..`to` (both included); undefined when neither is given. */
export function withinDays(from?: string, to?: string): FindOperator<Date> | undefined {
  const start = from ? MoreThanOrEqual(dayjs(from).startOf('day').toDate()) : undefined;
  const end = to ? LessThan(dayjs(to).add(1, 'day').startOf('day').toDate()) : undefined;
  return start && end ? And(start, end) : (start ?? end);
}
