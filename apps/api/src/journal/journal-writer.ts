import dayjs from 'dayjs';
import { stream, Worksheet } from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export const JOURNAL_TITLE = 'Журнал регистрации обращений и оказанной помощи';

export const JOURNAL_COLUMNS = [
  { header: '№', width: 6 },
  { header: 'Дата и время обращения', width: 17 },
  { header: 'Способ обращения', width: 18 },
  { header: 'ФИО выпускника', width: 30 },
  { header: 'Дата рождения', width: 12 },
  { header: 'Проблемы', width: 36 },
  { header: 'Содержание обращения', width: 40 },
  { header: 'Ответственный специалист', width: 26 },
  { header: 'Статус', width: 14 },
  { header: 'Результат рассмотрения', width: 36 },
  { header: 'Дата оказания помощи', width: 13 },
  { header: 'Вид помощи', width: 34 },
  { header: 'Форма', width: 24 },
  { header: 'Длительность, мин', width: 13 },
  { header: 'Результат оказанной помощи', width: 36 },
  { header: 'Помощь оказал', width: 26 },
] as const;

/** Rows above the column headers: the title and the period. */
const HEADER_ROW = 3;

/** Empty strings are written as empty cells. */
export type Cell = string | number | Date;

const ruDay = (day: string) => dayjs(day).format('DD.MM.YYYY');

function layout(sheet: Worksheet, from: string, to: string): void {
  sheet.columns = JOURNAL_COLUMNS.map((c, i) => ({ width: c.width, style: COLUMN_STYLES[i] }));
  sheet.mergeCells(1, 1, 1, JOURNAL_COLUMNS.length);
  sheet.getCell(1, 1).value = JOURNAL_TITLE;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = `за период с ${ruDay(from)} по ${ruDay(to)}`;
  const header = sheet.getRow(HEADER_ROW);
  header.values = JOURNAL_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: JOURNAL_COLUMNS.length },
  };
  for (let r = 1; r <= HEADER_ROW; r++) sheet.getRow(r).commit();
}

const MOMENT = 'dd.mm.yyyy hh:mm';
const DAY = 'dd.mm.yyyy';
/** Number formats of the date columns (2, 5 and 11). */
const COLUMN_STYLES: ({ numFmt: string } | undefined)[] = JOURNAL_COLUMNS.map((_, i) =>
  i === 1 ? { numFmt: MOMENT } : i === 4 || i === 10 ? { numFmt: DAY } : undefined,
);

/**
 * The journal written straight into `output` as it is produced: each row is committed and
 * leaves memory at once, and `room()` holds the producer back while the XML written so far
 * has not been taken by the compressor and the client, whatever the size of the period.
 */
export class JournalWriter {
  private readonly workbook: stream.xlsx.WorkbookWriter;
  private readonly sheet: Worksheet;
  private lines = 0;
  /**
   * Rejects when `output` closes before the end of the file: a client that goes away leaves
   * the writer waiting for room that never comes, holding its database connection and snapshot.
   */
  private readonly gone: Promise<never>;

  constructor(
    private readonly output: Writable,
    from: string,
    to: string,
  ) {
    this.gone = new Promise<never>((_, reject) =>
      output.once('close', () => output.writableFinished || reject(new ClientGone())),
    );
    this.gone.catch(() => undefined);
    const zip = {
      // Fast deflate: the compressor is the slowest step when the client reads fast.
      zlib: { level: 1 },
      // archiver's own buffer (1 MiB of compressed output by default, some 15,000 lines)
      // is what a client that stops reading would leave waiting in memory.
      highWaterMark: 64 * 1024,
    };
    this.workbook = new stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
      zip,
    });
    this.workbook.creator = 'Постинтернатное сопровождение';
    this.workbook.created = new Date();
    // A streamed sheet takes its view and print setup when it is created.
    this.sheet = this.workbook.addWorksheet('Журнал', {
      views: [{ state: 'frozen', ySplit: HEADER_ROW }],
      pageSetup: {
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        paperSize: 9,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      },
    });
    layout(this.sheet, from, to);
  }

  get rows(): number {
    return this.lines;
  }

  add(cells: Cell[]): void {
    this.lines++;
    const row = this.sheet.addRow([this.lines, ...cells.map((c) => (c === '' ? null : c))]);
    // Date formats come from the column styles each new cell starts from.
    row.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }

  /**
   * Resolves once the sheet's XML can take more rows. exceljs's streamed sheet pushes its XML
   * (64 KB at a time) into the zip entry without looking at write()'s result, so nothing held
   * the rows back but a check of `output`, which misses the XML waiting for the compressor.
   * The entry's input is piped through deflate and the zip into `output` and on to the
   * response, each step with backpressure: waiting for it to drain waits for the slowest of
   * them, the compressor or the client.
   */
  async room(): Promise<void> {
    const input = sheetInput(this.sheet) ?? this.output;
    if (needsDrain(input)) await Promise.race([once(input, 'drain'), this.gone]);
  }

  /** The totals line, then the end of the file. */
  async finish(appeals: number, services: number): Promise<void> {
    this.sheet.addRow([]).commit();
    const total = this.sheet.addRow([
      '',
      `Итого: обращений — ${appeals}, случаев оказания помощи — ${services}`,
    ]);
    total.font = { bold: true };
    total.commit();
    this.sheet.commit();
    // exceljs waits for the zip to reach `output`: for ever, once the client has gone.
    await Promise.race([this.workbook.commit(), this.gone]);
  }
}

/** The client went away (the response destroys the stream it was reading). */
export class ClientGone extends Error {
  constructor() {
    super('the client went away');
  }
}

/** A writable stream as Node's streams and the readable-stream package (v2, archiver's) both have it. */
interface WritableLike extends NodeJS.EventEmitter {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain: boolean };
}

const needsDrain = (stream: WritableLike) =>
  stream.writableNeedDrain ?? stream._writableState?.needDrain ?? false;

/**
 * The stream the sheet's XML goes into: exceljs 4's streamed sheet writes into a `StreamBuf`
 * (`WorksheetWriter.stream`, opened on first use) whose destinations are in `pipes`; archiver
 * pipes it into its own PassThrough for the entry. Not public API: if exceljs changes it, the
 * export falls back to `output` alone and journal-writer.spec.ts fails.
 */
export function sheetInput(sheet: Worksheet): WritableLike | undefined {
  const buffer = (sheet as unknown as { stream?: { pipes?: WritableLike[] } }).stream;
  return buffer?.pipes?.[0];
}
