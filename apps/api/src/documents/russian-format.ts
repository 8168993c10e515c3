/**
 * Russian spelling of days and names in printed documents. Days come as `YYYY-MM-DD`
 * (calendar days, no time zone), so they are split by hand rather than parsed as instants.
 */

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** The line left to fill in by hand when a day is not known yet. */
export const BLANK_LONG_DATE = '«___» ____________ 20__ г.';

function parts(day: string): { year: string; month: number; date: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new Error(`Not a calendar day (YYYY-MM-DD): ${day}`);
  }
  return { year: match[1], month, date: match[3] };
}

/** `2026-11-15` → `«15» ноября 2026 г.`; null → the blank line. */
export function longDate(day: string | null): string {
  if (!day) return BLANK_LONG_DATE;
  const { year, month, date } = parts(day);
  return `«${date}» ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}

/** `2026-11-15` → `15.11.2026`; null → a blank to fill in. */
export function shortDate(day: string | null): string {
  if (!day) return '__.__.____';
  const { year, month, date } = parts(day);
  return `${date}.${String(month).padStart(2, '0')}.${year}`;
}

/** `Иванов Иван Петрович` → `Иванов И.П.` (for signature lines); other shapes are kept. */
export function surnameWithInitials(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (!surname || given.length === 0) return fullName.trim();
  return `${surname} ${given.map((name) => `${name.charAt(0).toUpperCase()}.`).join('')}`;
}

/** Ends a sentence with a full stop, unless it ends with one already («… 2026 г.»). */
export const sentence = (text: string) =>
  /[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/** Text split into paragraphs on line breaks, without empty ones. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
