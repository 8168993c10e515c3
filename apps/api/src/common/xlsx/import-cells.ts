import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import ExcelJS from 'exceljs';

// Registers dayjs's utc plugin.
import '../local-day';

dayjs.extend(customParseFormat);

/** One column of an import template: its Russian header, the field it fills, how to read it. */
export interface ImportColumn {
  header: string;
  field: string;
  required: boolean;
  hint: string;
  read(value: unknown): unknown;
}

export const MISSING_VALUE = 'Заполните обязательный столбец';

/** A cell as trimmed text; empty cells are undefined. */
export const text = (value: unknown) =>
  value === null || value === undefined ? undefined : String(value).trim() || undefined;

/** Dates come as real Excel dates or as text ДД.ММ.ГГГГ; anything else is passed on as typed, to fail validation. */
export function date(value: unknown): unknown {
  // Excel keeps days without a zone: read them as UTC, whatever the server's zone.
  if (value instanceof Date) return dayjs.utc(value).format('YYYY-MM-DD');
  const raw = text(value);
  if (!raw) return undefined;
  const parsed = dayjs(raw, ['DD.MM.YYYY', 'YYYY-MM-DD'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : raw;
}

/** The plain value of a cell: the text of links and rich text, the result of formulas. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('text' in value) return value.text;
    if ('result' in value) return value.result;
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
  }
  return value;
}
