import { type FileChild, Paragraph } from 'docx';
import type { PlanDocument } from './document-data';
import {
  BODY_SIZE,
  bodyParagraph,
  type CellContent,
  centered,
  docxBuffer,
  heading,
  run,
  table,
  TABLE_SIZE,
} from './docx-layout';
import { LANDSCAPE, textWidthMm } from './page-format';
import { NO_ACTIVITIES, NO_GOALS, planText } from './plan-text';

/** The individual support plan (annex to the contract) as DOCX. */

const header = (labels: string[]): CellContent[] =>
  labels.map((label) => ({ paragraphs: [label], bold: true, center: true }));

const ACTIVITY_WIDTHS = [0.04, 0.13, 0.38, 0.09, 0.15, 0.21];

/** The annex mark and the head's approval side by side at the top right. */
function topRight(annex: string[], approval: string[]) {
  const width = textWidthMm(LANDSCAPE);
  const annexWidth = 88 / width;
  const approvalWidth = 68 / width;
  return table(
    [1 - annexWidth - approvalWidth, annexWidth, approvalWidth],
    [
      [
        { paragraphs: [''] },
        { paragraphs: annex.map((line) => [run(line, { size: 20 })]) },
        { paragraphs: approval.map((line) => [run(line, { size: BODY_SIZE })]) },
      ],
    ],
    { format: LANDSCAPE, bordered: false },
  );
}

export function planDocx(data: PlanDocument): Promise<Buffer> {
  const text = planText(data);
  const children: FileChild[] = [
    topRight(text.annex, text.approval),
    new Paragraph({ children: [] }),
    centered(text.title[0], { bold: true }),
    centered(text.title[1], { bold: true, after: 200 }),
    ...text.facts.map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [run(`${label}: `, { bold: true }), run(value)],
        }),
    ),
    heading(text.goalsHeading),
  ];
  children.push(
    text.goals.length
      ? table(
          [0.3, 0.7],
          [header(text.goalColumns), ...text.goals.map((g) => g.map((s) => ({ paragraphs: [s] })))],
          { format: LANDSCAPE, bordered: true, headerRows: 1 },
        )
      : bodyParagraph(NO_GOALS),
  );
  children.push(heading(text.activitiesHeading));
  children.push(
    text.activities.length
      ? table(
          ACTIVITY_WIDTHS,
          [
            header(text.activityColumns),
            ...text.activities.map((a): CellContent[] => [
              { paragraphs: [a.number], center: true },
              { paragraphs: [a.domain] },
              {
                paragraphs: [
                  [run(a.title, { bold: true, size: TABLE_SIZE })],
                  ...(a.description.trim() ? [a.description] : []),
                ],
              },
              { paragraphs: [a.due], center: true },
              { paragraphs: [a.responsible] },
              { paragraphs: [a.mark] },
            ]),
          ],
          { format: LANDSCAPE, bordered: true, headerRows: 1 },
        )
      : bodyParagraph(NO_ACTIVITIES),
  );
  children.push(new Paragraph({ spacing: { before: 360 }, children: [run(text.acquaintance[0])] }));
  children.push(new Paragraph({ spacing: { before: 240 }, children: [run(text.acquaintance[1])] }));
  return docxBuffer(text.title.join(' '), LANDSCAPE, children);
}
