import dayjs, { type Dayjs } from 'dayjs';

/** Dates as Russian documents write them, in pickers and on screen. */
export const DATE_FORMAT = 'DD.MM.YYYY';

/** An ISO calendar date (YYYY-MM-DD) as 05.03.2006; a dash for none. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_FORMAT) : '—';
}

/** A picked day as the API expects it (YYYY-MM-DD). */
export function isoDate(day: Dayjs): string {
  return day.format('YYYY-MM-DD');
}

/** An ISO calendar date for a picker, or null for none. */
export function pickerDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

/** The full name in the Russian order: surname, name, patronymic. */
export function fullName(person: { lastName: string; firstName: string; patronymic: string }) {
  return [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ');
}
