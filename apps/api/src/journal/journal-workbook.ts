import dayjs from 'dayjs';
// Registers dayjs's utc and timezone plugins.
import '../common/local-day';
import { Workbook, Worksheet } from 'exceljs';
import { Appeal } from '../appeals/appeal.entity';
import { fullNameOf } from '../appeals/dto/refs.response';
import { inDisplayOrder } from '../dictionaries/dto/dictionary.response';
import { AidService } from '../services/aid-service.entity';
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

export interface JournalContent {
  from: string;
  to: string;
  /** The institution's zone: times are written as its wall-clock times. */
  timeZone: string;
  appeals: Appeal[];
  /** Help given for each appeal, by appeal id. */
  servicesOf: Map<string, AidService[]>;
  /** Help given without an appeal within the period. */
  oneOff: AidService[];
}

/** Empty strings are written as empty cells. */
type Cell = string | number | Date;

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
    services.map((s) => s.kind!.name).join('\n'),
    services.map((s) => `${FORM[s.form]}, ${DELIVERY[s.delivery]}`).join('\n'),
    single ? single.durationMinutes : services.map((s) => s.durationMinutes).join('\n'),
    services.map((s) => s.result).join('\n'),
    services.map((s) => s.specialist!.fullName).join('\n'),
  ];
}

function appealRow(appeal: Appeal, services: AidService[], timeZone: string): Cell[] {
  const outcome = [appeal.outcome, appeal.referredTo && `Направлен(а): ${appeal.referredTo}`];
  return [
    excelMoment(appeal.registeredAt, timeZone),
    CHANNEL[appeal.channel],
    fullNameOf(appeal.graduate!),
    excelDay(appeal.graduate!.birthDate),
    inDisplayOrder(appeal.problems ?? [])
      .map((p) => p.name)
      .join('\n'),
    appeal.description,
    appeal.assignedSpecialist?.fullName ?? '',
    STATUS[appeal.status],
    outcome.filter(Boolean).join('\n'),
    ...(services.length ? serviceCells(services) : ['', '', '', '', '', '']),
  ];
}

function oneOffRow(service: AidService): Cell[] {
  const g = service.graduate!;
  return [
    '',
    '',
    fullNameOf(g),
    excelDay(g.birthDate),
    '',
    'Помощь без обращения',
    '',
    '',
    '',
    ...serviceCells([service]),
  ];
}

/** Both kinds of lines in the order of the journal: by day, appeals of a day before one-off help. */
function journalLines(content: JournalContent): Cell[][] {
  const lines = [
    ...content.appeals.map((a) => ({
      key: dayjs(a.registeredAt).tz(content.timeZone).format('YYYY-MM-DD 0 HH:mm:ss'),
      cells: appealRow(a, content.servicesOf.get(a.id) ?? [], content.timeZone),
    })),
    ...content.oneOff.map((s) => ({ key: `${s.providedOn} 1`, cells: oneOffRow(s) })),
  ];
  return lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((l) => l.cells);
}

function layout(sheet: Worksheet, content: JournalContent): void {
  sheet.columns = JOURNAL_COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, JOURNAL_COLUMNS.length);
  sheet.getCell(1, 1).value = JOURNAL_TITLE;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = `за период с ${ruDay(content.from)} по ${ruDay(content.to)}`;
  const header = sheet.getRow(HEADER_ROW);
  header.values = JOURNAL_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: JOURNAL_COLUMNS.length },
  };
  sheet.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  sheet.getColumn(2).numFmt = 'dd.mm.yyyy hh:mm';
  sheet.getColumn(5).numFmt = 'dd.mm.yyyy';
  sheet.getColumn(11).numFmt = 'dd.mm.yyyy';
}

/** The journal as an XLSX file; `rows` counts the journal lines (appeals and one-off help). */
export async function buildJournalWorkbook(
  content: JournalContent,
): Promise<{ file: Buffer; rows: number }> {
  const workbook = new Workbook();
  workbook.creator = 'Постинтернатное сопровождение';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Журнал');
  layout(sheet, content);
  const lines = journalLines(content);
  lines.forEach((cells, index) => {
    const row = sheet.addRow([index + 1, ...cells.map((c) => (c === '' ? null : c))]);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const services =
    content.oneOff.length + [...content.servicesOf.values()].reduce((n, l) => n + l.length, 0);
  sheet.addRow([]);
  sheet.addRow([
    '',
    `Итого: обращений — ${content.appeals.length}, случаев оказания помощи — ${services}`,
  ]).font = {
    bold: true,
  };
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), rows: lines.length };
}
