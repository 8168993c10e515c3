import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The local hour of `now` in `zone` (0–23): the scheduler compares it with DAILY_PASS_HOUR. */
export const localHour = (zone: string, now: Date) => dayjs(now).tz(zone).hour();
