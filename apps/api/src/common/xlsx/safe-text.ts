/**
 * Text for a spreadsheet cell that a spreadsheet program will never run as a formula
 * (CSV/formula injection, OWASP): text starting with = + - @ or a tab/carriage return gets
 * a leading apostrophe, so "=HYPERLINK(...)" typed into a comment stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(value: string): string;
export function safeText(value: string | null | undefined): string | null;
export function safeText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
