import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(localizedFormat);

/** A moment in the interface language's usual short form, e.g. 05.03.2026 14:30. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('L LT');
}
