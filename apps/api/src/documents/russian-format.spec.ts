import {
  BLANK_LONG_DATE,
  longDate,
  sentence,
  shortDate,
  surnameWithInitials,
} from './russian-format';

describe('russian-format', () => {
  it('writes a day in words with the month in the genitive', () => {
    expect(longDate('2026-11-15')).toBe('«15» ноября 2026 г.');
    expect(longDate('2027-01-03')).toBe('«03» января 2027 г.');
    expect(longDate('2026-05-31')).toBe('«31» мая 2026 г.');
  });

  it('leaves a blank line to fill in by hand for an unknown day', () => {
    expect(longDate(null)).toBe(BLANK_LONG_DATE);
    expect(BLANK_LONG_DATE).toContain('20__ г.');
  });

  it('writes a day in digits for tables', () => {
    expect(shortDate('2008-03-05')).toBe('05.03.2008');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => longDate('15.11.2026')).toThrow();
    expect(() => shortDate('2026-13-01')).toThrow();
  });

  it('shortens a full name for a signature line', () => {
    expect(surnameWithInitials('Иванов Иван Петрович')).toBe('Иванов И.П.');
    expect(surnameWithInitials('  Ли  ')).toBe('Ли');
  });

  it('ends a sentence with one full stop', () => {
    expect(sentence('Договор действует по «14» ноября 2027 г.')).toBe(
      'Договор действует по «14» ноября 2027 г.',
    );
    expect(sentence('Иванов И.П. ')).toBe('Иванов И.П.');
    expect(sentence('Смирнова О.Н., опекун')).toBe('Смирнова О.Н., опекун.');
  });
});
