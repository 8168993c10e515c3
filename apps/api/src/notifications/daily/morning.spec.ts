import { localHour } from './morning';

describe('the daily pass runs in each institution’s own morning', () => {
  it('reads the hour in the institution’s zone, not the server’s', () => {
    const now = new Date('2026-03-02T21:00:00Z');
    expect(localHour('Asia/Vladivostok', now)).toBe(7); // UTC+10: the next morning
    expect(localHour('Asia/Novosibirsk', now)).toBe(4);
    expect(localHour('Europe/Moscow', now)).toBe(0);
    // A zone half an hour off: the hourly tick at :00 lands at 7:30 there, still hour 7.
    expect(localHour('Asia/Kolkata', new Date('2026-03-02T02:00:00Z'))).toBe(7);
  });
});
