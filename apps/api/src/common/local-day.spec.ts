import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { addDays, dayOf, startOfDay, todayIn } from './local-day';

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Asia/Novosibirsk',
  'Asia/Vladivostok',
  'Asia/Kamchatka',
  'UTC',
];

describe('calendar days of an institution', () => {
  it('is the day of the institution, not of the server, around midnight', () => {
    // 22:30 UTC on March 31st is already April 1st in Moscow (UTC+3); Vladivostok is UTC+10.
    const instant = new Date('2026-03-31T22:30:00Z');
    expect(dayOf(instant, 'Europe/Moscow')).toBe('2026-04-01');
    expect(dayOf(instant, 'UTC')).toBe('2026-03-31');
    expect(dayOf(new Date('2026-12-31T13:59:59Z'), 'Asia/Vladivostok')).toBe('2026-12-31');
    expect(dayOf(new Date('2026-12-31T14:00:00Z'), 'Asia/Vladivostok')).toBe('2027-01-01');
    expect(todayIn('Asia/Kamchatka', new Date('2026-02-28T12:00:00Z'))).toBe('2026-03-01');
  });

  it('agrees with dayjs for instants across a year in every zone', () => {
    for (let hour = 0; hour < 366 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 59 * 60_000);
      for (const zone of ZONES) {
        expect(dayOf(instant, zone)).toBe(dayjs(instant).tz(zone).format('YYYY-MM-DD'));
      }
    }
  });

  it('a day starts at its midnight in the zone, and days follow each other', () => {
    expect(startOfDay('2026-04-01', 'Europe/Moscow').toISOString()).toBe(
      '2026-03-31T21:00:00.000Z',
    );
    expect(dayOf(startOfDay('2026-04-01', 'Asia/Novosibirsk'), 'Asia/Novosibirsk')).toBe(
      '2026-04-01',
    );
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
