import { type FileChild, Paragraph } from 'docx';
import type { WorkPlanDocument } from './document-data';
import {
  BODY_SIZE,
  bodyParagraph,
  type CellContent,
  centered,
  docxBuffer,
  run,
  table,
} from './docx-layout';
import { LANDSCAPE, textWidthMm } from './page-format';
import { NO_WORK_PLAN_ITEMS, workPlanText } from './work-plan-text';

/** The service's annual or monthly work plan as DOCX. */

const WIDTHS = [0.06, 0.33, 0.1, 0.16, 0.17, 0.18];

/** The head's approval at the top right. */
function approvalBlock(lines: string[]) {
  const width = 75 / textWidthMm(LANDSCAPE);
  return table(
    [1 - width, width],
    [[{ paragraphs: [''] }, { paragraphs: lines.map((line) => [run(line, { size: BODY_SIZE })]) }]],
    { format: LANDSCAPE, bordered: false },
  );
}

export function workPlanDocx(data: WorkPlanDocument): Promise<Buffer> {
  const text = workPlanText(data);
  const rows: CellContent[][] = [
    text.columns.map((label) => ({ paragraphs: [label], bold: true, center: true })),
  ];
  for (const section of text.sections) {
    rows.push([{ paragraphs: [[run(section.heading, { bold: true })]], span: WIDTHS.length }]);
    for (const row of section.rows)
      rows.push([
        { paragraphs: [row.number], center: true },
        { paragraphs: [row.title] },
        { paragraphs: [row.due], center: true },
        { paragraphs: [row.responsible] },
        { paragraphs: [row.expectedResult] },
        { paragraphs: [row.mark] },
      ]);
  }
  const empty = text.sections.every((s) => s.rows.length === 0);
  const children: FileChild[] = [
    approvalBlock(text.approval),
    new Paragraph({ children: [] }),
    centered(text.title[0], { bold: true }),
    centered(text.title[1], { bold: true }),
    centered(text.institution, { after: text.draftMark ? 0 : 200 }),
    ...(text.draftMark ? [centered(`(${text.draftMark})`, { after: 200 })] : []),
    empty
      ? bodyParagraph(NO_WORK_PLAN_ITEMS)
      : table(WIDTHS, rows, { format: LANDSCAPE, bordered: true, headerRows: 1 }),
  ];
  return docxBuffer(text.title.join(' '), LANDSCAPE, children);
}
