import { Workbook } from 'exceljs';
import { safeText } from '../common/xlsx/safe-text';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { InstitutionRequisites } from '../documents/document-data';
import { PORTRAIT } from '../documents/page-format';
import { BORDERED, pdfBuffer } from '../documents/pdf-layout';
import { paragraphsOf, surnameWithInitials } from '../documents/russian-format';
import { NarrativeSectionDto } from './dto/report.dto';
import { ReportFigures } from './figures/report-figures';

/** Numbers as Russian paperwork writes them: 42,9 and 1 250. */
const RUSSIAN_NUMBER = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/** The column that takes the free width: the first holding text (a rank column stays narrow). */
const textColumn = (rows: (string | number)[][]) =>
  Math.max(0, rows[0]?.findIndex((cell) => typeof cell === 'string') ?? 0);

/** Everything a printed report shows. */
export interface ReportDocument {
  title: string;
  institution: InstitutionRequisites;
  /** «Период: 01.11.2026 — 30.11.2026». */
  period: string;
  /** «Сдан 03.12.2026», «Черновик: цифры на 30.11.2026 15:20». */
  state: string;
  figures: ReportFigures;
  narrative: NarrativeSectionDto[];
  author: { fullName: string; position: string };
  /** Who accepts it: «Руководитель службы», «Заместитель директора». */
  reviewerPosition: string;
}

/** The report as PDF: requisites, headline figures, the tables, the text, signatures. */
export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const table = (columns: string[], rows: (string | number)[][]): Content => ({
    table: {
      headerRows: 1,
      widths: columns.map((_, i) => (i === textColumn(rows) ? '*' : 'auto')),
      body: [
        columns.map((c): TableCell => ({ text: c, bold: true, alignment: 'center' })),
        ...rows.map((row) =>
          row.map((cell): TableCell => ({
            text: typeof cell === 'number' ? RUSSIAN_NUMBER.format(cell) : cell,
            alignment: typeof cell === 'number' ? 'right' : 'left',
          })),
        ),
      ],
    },
    layout: BORDERED,
    fontSize: 9.5,
    margin: [0, 0, 0, 10],
  });
  const content: Content[] = [
    { text: doc.institution.fullName, alignment: 'center', fontSize: 10 },
    { text: doc.title, bold: true, alignment: 'center', fontSize: 13, margin: [0, 8, 0, 2] },
    { text: doc.period, alignment: 'center' },
    { text: doc.state, alignment: 'center', italics: true, fontSize: 9, margin: [0, 2, 0, 10] },
    { text: 'Основные показатели', bold: true, margin: [0, 0, 0, 4] },
    table(
      ['Показатель', 'Значение'],
      doc.figures.totals.map((t) => [t.label, t.value]),
    ),
    ...doc.figures.tables.flatMap((t): Content[] => [
      { text: t.title, bold: true, margin: [0, 0, 0, 4] },
      t.rows.length
        ? table(t.columns, t.rows)
        : { text: 'Нет данных за период', italics: true, margin: [0, 0, 0, 10] },
    ]),
    ...doc.narrative.flatMap((s): Content[] => [
      { text: s.title, bold: true, margin: [0, 4, 0, 4] },
      ...(s.text ? paragraphsOf(s.text) : ['—']).map((p): Content => ({
        text: p,
        margin: [0, 0, 0, 4],
      })),
    ]),
    {
      margin: [0, 24, 0, 0],
      columns: [
        {
          width: '*',
          text: `${doc.author.position}\n\n_______________ / ${surnameWithInitials(doc.author.fullName)}`,
        },
        { width: '*', text: `Принял: ${doc.reviewerPosition}\n\n_______________ / ______________` },
      ],
    },
  ];
  return pdfBuffer(doc.title, PORTRAIT, content);
}

/** Text cells never run as formulas; numbers stay numbers. */
const textCell = <T>(value: T): T | string => (typeof value === 'string' ? safeText(value) : value);

/** The report as XLSX: one sheet of figures and tables, one of the text. */
export async function reportWorkbook(doc: ReportDocument): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Постинтернатное сопровождение';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Показатели');
  sheet.columns = [{ width: 60 }, { width: 18 }, { width: 18 }, { width: 18 }, { width: 18 }];
  const heading = (text: string, size = 11) => {
    const row = sheet.addRow([safeText(text)]);
    row.font = { bold: true, size };
  };
  heading(doc.title, 14);
  sheet.addRow([safeText(doc.institution.fullName)]);
  sheet.addRow([safeText(doc.period)]);
  sheet.addRow([safeText(doc.state)]);
  sheet.addRow([]);
  heading('Основные показатели');
  for (const t of doc.figures.totals) sheet.addRow([safeText(t.label), textCell(t.value)]);
  for (const t of doc.figures.tables) {
    sheet.addRow([]);
    heading(t.title);
    const header = sheet.addRow(t.columns.map(textCell));
    header.font = { bold: true };
    for (const row of t.rows) sheet.addRow(row.map(textCell));
    if (!t.rows.length) sheet.addRow(['Нет данных за период']);
  }
  const text = workbook.addWorksheet('Текст');
  text.columns = [{ width: 40 }, { width: 100 }];
  for (const s of doc.narrative) {
    const row = text.addRow([safeText(s.title), safeText(s.text)]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
