import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PlanDocument } from './document-data';
import { LANDSCAPE } from './page-format';
import { BORDERED, mm, pdfBuffer } from './pdf-layout';
import { NO_ACTIVITIES, NO_GOALS, planText } from './plan-text';

/** The individual support plan (annex to the contract) as PDF. */

const heading = (text: string): Content => ({
  text,
  bold: true,
  margin: [0, 10, 0, 4],
  headlineLevel: 1,
});

/** The annex mark and the head's approval side by side at the top right. */
const topRight = (annex: string[], approval: string[]): Content => ({
  columns: [
    { text: '', width: '*' },
    { width: mm(85), stack: annex, fontSize: 9 },
    { width: mm(65), stack: approval, fontSize: 11 },
  ],
  columnGap: mm(6),
  margin: [0, 0, 0, 12],
});

const headerRow = (labels: string[]): TableCell[] =>
  labels.map((label) => ({ text: label, bold: true, alignment: 'center' }));

export function planPdf(data: PlanDocument): Promise<Buffer> {
  const text = planText(data);
  const content: Content[] = [
    topRight(text.annex, text.approval),
    { text: text.title[0], bold: true, alignment: 'center', fontSize: 12 },
    { text: text.title[1], bold: true, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 8] },
    ...text.facts.map(([label, value]): Content => ({
      text: [{ text: `${label}: `, bold: true }, value],
    })),
    heading(text.goalsHeading),
    text.goals.length
      ? {
          table: {
            headerRows: 1,
            widths: ['30%', '*'],
            body: [headerRow(text.goalColumns), ...text.goals],
          },
          layout: BORDERED,
          fontSize: 10,
        }
      : { text: NO_GOALS },
    heading(text.activitiesHeading),
    text.activities.length
      ? {
          table: {
            // Rows may split across pages: pdfmake drops a row taller than a page otherwise.
            headerRows: 1,
            widths: [18, '13%', '*', 56, '15%', '21%'],
            body: [
              headerRow(text.activityColumns),
              ...text.activities.map((a): TableCell[] => [
                { text: a.number, alignment: 'center' },
                a.domain,
                {
                  stack: [{ text: a.title, bold: true }, ...(a.description ? [a.description] : [])],
                },
                { text: a.due, alignment: 'center' },
                a.responsible,
                a.mark,
              ]),
            ],
          },
          layout: BORDERED,
          fontSize: 9.5,
        }
      : { text: NO_ACTIVITIES },
    {
      stack: [{ text: text.acquaintance[0], margin: [0, 0, 0, 10] }, text.acquaintance[1]],
      margin: [0, 18, 0, 0],
      unbreakable: true,
    },
  ];
  return pdfBuffer(text.title.join(' '), LANDSCAPE, content);
}
