import type { Content, TableCell } from 'pdfmake/interfaces';
import type { WorkPlanDocument } from './document-data';
import { LANDSCAPE } from './page-format';
import { BORDERED, mm, pdfBuffer } from './pdf-layout';
import { NO_WORK_PLAN_ITEMS, workPlanText } from './work-plan-text';

/** The service's annual or monthly work plan as PDF. */

const COLUMNS = 6;

export function workPlanPdf(data: WorkPlanDocument): Promise<Buffer> {
  const text = workPlanText(data);
  const body: TableCell[][] = [
    text.columns.map((label) => ({ text: label, bold: true, alignment: 'center' })),
  ];
  for (const section of text.sections) {
    body.push([
      { text: section.heading, bold: true, colSpan: COLUMNS, fillColor: '#f2f2f2' },
      ...Array.from({ length: COLUMNS - 1 }, () => ({})),
    ]);
    for (const row of section.rows)
      body.push([
        { text: row.number, alignment: 'center' },
        row.title,
        { text: row.due, alignment: 'center' },
        row.responsible,
        row.expectedResult,
        row.mark,
      ]);
  }
  const empty = text.sections.every((s) => s.rows.length === 0);
  const content: Content[] = [
    {
      columns: [
        { text: '', width: '*' },
        { width: mm(75), stack: text.approval },
      ],
      margin: [0, 0, 0, 12],
    },
    { text: text.title[0], bold: true, alignment: 'center', fontSize: 12 },
    { text: text.title[1], bold: true, alignment: 'center', fontSize: 12 },
    {
      text: text.institution,
      alignment: 'center',
      margin: [0, 2, 0, text.draftMark ? 0 : 8],
    },
    ...(text.draftMark
      ? [{ text: `(${text.draftMark})`, alignment: 'center', margin: [0, 0, 0, 8] } as Content]
      : []),
    empty
      ? { text: NO_WORK_PLAN_ITEMS }
      : {
          table: {
            // Rows may split across pages: pdfmake drops a row taller than a page otherwise.
            headerRows: 1,
            widths: [30, '*', 58, '15%', '17%', '18%'],
            body,
          },
          layout: BORDERED,
          fontSize: 9.5,
        },
  ];
  return pdfBuffer(text.title.join(' '), LANDSCAPE, content);
}
