import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { DomainError } from '../problem/domain-error';
import { cellValue, ImportColumn } from './import-cells';
import { safeText } from './safe-text';

/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 5000;

/** An empty template: bold headers (required ones marked «*»), a hint note on each. */
export async function importTemplate(sheetName: string, columns: ImportColumn[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({
    header: safeText(c.header + (c.required ? ' *' : '')),
    key: c.field,
    width: Math.max(18, c.header.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  columns.forEach((c, i) => (sheet.getCell(1, i + 1).note = safeText(c.hint)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface RawRow {
  row: number;
  raw: Record<string, unknown>;
}

export interface ReadOptions {
  /** The header may stand below title lines (as in an exported journal): searched in this many top rows. */
  headerWithin?: number;
  maxRows?: number;
}

const notXlsx = () =>
  new DomainError(
    400,
    'validation',
    'Файл не читается как XLSX: сохраните таблицу в формате Excel (.xlsx)',
    { errors: { file: ['not an xlsx file'] } },
  );

const tooManyRows = (max: number) =>
  new DomainError(
    413,
    'too-many-rows',
    `В файле больше ${max} строк: загружайте не больше ${max} строк за один раз`,
    { errors: { file: [`more than ${max} rows`] } },
  );

const missingColumns = (missing: ImportColumn[]) =>
  new DomainError(
    400,
    'validation',
    `Нет столбцов: ${missing.map((c) => c.header).join(', ')}. Скачайте шаблон.`,
    { errors: { file: ['missing columns'] } },
  );

/**
 * The data rows of the first sheet, read as a stream: the workbook is never loaded whole,
 * and reading stops at the first row over the limit, so a huge sheet is refused quickly
 * and in bounded memory.
 */
export async function readImportRows(
  content: Buffer,
  columns: ImportColumn[],
  options: ReadOptions = {},
): Promise<RawRow[]> {
  // exceljs's streaming reader now and then (about 1 read in 100 here) fails on a sound file
  // when a sheet's entry is unzipped before the workbook's own (`reading 'sheets'` of
  // undefined). The file is in memory, so it is simply read again; a file that is not XLSX
  // fails every time.
  for (let attempt = 1; ; attempt++) {
    try {
      return await readRowsOnce(content, columns, options);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (attempt === READ_ATTEMPTS) throw notXlsx();
    }
  }
}

const READ_ATTEMPTS = 3;

async function readRowsOnce(
  content: Buffer,
  columns: ImportColumn[],
  { headerWithin = 1, maxRows = MAX_IMPORT_ROWS }: ReadOptions,
): Promise<RawRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // dates are numbers with a date format
    entries: 'ignore',
  });
  const rows: RawRow[] = [];
  let positions: Map<string, number> | undefined;
  let missing: ImportColumn[] = columns;
  let sheets = 0;
  // Whatever the reader throws goes to readImportRows, which retries or answers «not XLSX».
  for await (const sheet of reader) {
    sheets++;
    for await (const row of sheet) {
      if (!positions) {
        const found = columnPositions(row, columns);
        if (found.missing.length === 0) positions = found.positions;
        else if (row.number >= headerWithin) throw missingColumns(found.missing);
        // Title lines above the header match few columns; report the best match.
        if (found.missing.length < missing.length) missing = found.missing;
        continue;
      }
      if (!row.hasValues) continue;
      if (rows.length >= maxRows) throw tooManyRows(maxRows);
      const at = positions;
      rows.push({
        row: row.number,
        raw: Object.fromEntries(
          columns.map((c) => [c.field, c.read(cellValue(row.getCell(at.get(c.field)!).value))]),
        ),
      });
    }
    break; // only the first sheet is read
  }
  if (!sheets)
    throw new DomainError(400, 'validation', 'В файле нет листов', {
      errors: { file: ['no worksheet'] },
    });
  if (!positions) throw missingColumns(missing);
  return rows;
}

function columnPositions(
  header: ExcelJS.Row,
  columns: ImportColumn[],
): { positions: Map<string, number>; missing: ImportColumn[] } {
  const headers = new Map<string, number>();
  header.eachCell((cell, col) =>
    headers.set(
      String(cellValue(cell.value) ?? '')
        .replace('*', '')
        .trim()
        .toLowerCase(),
      col,
    ),
  );
  const positions = new Map<string, number>();
  const missing = columns.filter((c) => {
    const col = headers.get(c.header.toLowerCase());
    if (col) positions.set(c.field, col);
    return !col;
  });
  return { positions, missing };
}
