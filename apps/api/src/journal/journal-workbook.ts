import dayjs from 'dayjs';
// Registers dayjs's utc and timezone plugins.
import '../common/local-day';
import { stream, Worksheet } from 'exceljs';
import type { Writable } from 'node:stream';
import { Appeal } from '../appeals/appeal.entity';
import { fullNameOf } from '../appeals/dto/refs.response';
import { inDisplayOrder } from '../dictionaries/dto/dictionary.response';
import { AidService } from '../services/aid-service.entity';
import { safeText } from '../common/xlsx/safe-text';
import { CHANNEL, DELIVERY, FORM, STATUS } from './journal-labels';

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

/** Excel keeps wall-clock time without a zone: write the local time as if it were UTC. */
const excelMoment = (instant: Date, timeZone: string) => {
  const t = dayjs(instant).tz(timeZone);
  return new Date(Date.UTC(t.year(), t.month(), t.date(), t.hour(), t.minute()));
};
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);
const ruDay = (day: string) => dayjs(day).format('DD.MM.YYYY');

/** One act of help gives typed cells; several (one appeal, several acts) become lines of text. */
function serviceCells(services: AidService[]): Cell[] {
  const single = services.length === 1 ? services[0] : null;
  return [
    single ? excelDay(single.providedOn) : services.map((s) => ruDay(s.providedOn)).join('\n'),
    safeText(services.map((s) => s.kind!.name).join('\n')),
    services.map((s) => `${FORM[s.form]}, ${DELIVERY[s.delivery]}`).join('\n'),
    single ? single.durationMinutes : services.map((s) => s.durationMinutes).join('\n'),
    safeText(services.map((s) => s.result).join('\n')),
    safeText(services.map((s) => s.specialist!.fullName).join('\n')),
  ];
}

export function appealRow(appeal: Appeal, services: AidService[], timeZone: string): Cell[] {
  const outcome = [appeal.outcome, appeal.referredTo && `Направлен(а): ${appeal.referredTo}`];
  return [
    excelMoment(appeal.registeredAt, timeZone),
    CHANNEL[appeal.channel],
    safeText(fullNameOf(appeal.graduate!)),
    excelDay(appeal.graduate!.birthDate),
    safeText(
      inDisplayOrder(appeal.problems ?? [])
        .map((p) => p.name)
        .join('\n'),
    ),
    safeText(appeal.description),
    safeText(appeal.assignedSpecialist?.fullName ?? ''),
    STATUS[appeal.status],
    safeText(outcome.filter(Boolean).join('\n')),
    ...(services.length ? serviceCells(services) : ['', '', '', '', '', '']),
  ];
}

export function oneOffRow(service: AidService): Cell[] {
  const g = service.graduate!;
  return [
    '',
    '',
    safeText(fullNameOf(g)),
    excelDay(g.birthDate),
    '',
    'Помощь без обращения',
    '',
    '',
    '',
    ...serviceCells([service]),
  ];
}

/** Sorts the lines of the journal: by local day, a day's appeals (by time) before its one-off help. */
export const appealKey = (appeal: Appeal, timeZone: string) =>
  dayjs(appeal.registeredAt).tz(timeZone).format('YYYY-MM-DD 0 HH:mm:ss');
export const oneOffKey = (service: AidService) => `${service.providedOn} 1`;

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
 * leaves memory at once, whatever the size of the period.
 */
export class JournalWriter {
  private readonly workbook: stream.xlsx.WorkbookWriter;
  private readonly sheet: Worksheet;
  private lines = 0;

  constructor(output: Writable, from: string, to: string) {
    this.workbook = new stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
      // Fast deflate: rows are produced faster than the default level compresses them, and
      // what waits for the compressor waits in memory.
      zip: { zlib: { level: 1 } },
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
    await this.workbook.commit();
  }
}
