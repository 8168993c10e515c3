import { AlignmentType, type FileChild, Paragraph, TabStopType } from 'docx';
import type { NoticeDocument } from './document-data';
import { centered, docxBuffer, mm, run, runs, tab, table } from './docx-layout';
import { type NoticeLine, noticeText, type NoticeText } from './notice-text';
import { PORTRAIT, textWidthMm } from './page-format';

/** The letter to the guardianship body as DOCX. */

/** Small print of the letterhead requisites and the executor, in half-points. */
const SMALL = 20;

/** The letterhead at the top left and the addressee at the top right. */
function top(text: NoticeText) {
  const width = textWidthMm(PORTRAIT);
  const left = 82 / width;
  const right = 72 / width;
  return table(
    [left, 1 - left - right, right],
    [
      [
        {
          center: true,
          paragraphs: [
            [run(text.letterhead.name, { bold: true, size: 22 })],
            ...text.letterhead.requisites.map((line) => [run(line, { size: SMALL })]),
            '',
            [run(text.letterhead.outgoing, { size: 22 })],
          ],
        },
        { paragraphs: [''] },
        { paragraphs: text.recipient },
      ],
    ],
    { format: PORTRAIT, bordered: false, size: 24 },
  );
}

const line = (l: NoticeLine, before = 0) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.5) },
    spacing: { before, after: 40 },
    children: [...(l.label ? [run(`${l.label}: `, { bold: true })] : []), ...runs(l.text)],
  });

const sectionHeading = (text: string) =>
  new Paragraph({
    keepNext: true,
    indent: { firstLine: mm(12.5) },
    spacing: { before: 120, after: 60 },
    children: [run(text, { bold: true })],
  });

export function noticeDocx(data: NoticeDocument): Promise<Buffer> {
  const text = noticeText(data);
  const children: FileChild[] = [
    top(text),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    centered(text.subject, { bold: true, after: 240 }),
    line({ text: text.lead }),
  ];
  for (const section of text.sections) {
    children.push(sectionHeading(section.heading), ...section.lines.map((l) => line(l)));
  }
  children.push(
    line({ text: text.request }, 120),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: mm(textWidthMm(PORTRAIT)) }],
      spacing: { before: 600 },
      keepLines: true,
      keepNext: true,
      children: [run(text.signature.position), tab(), run(text.signature.line)],
    }),
    new Paragraph({
      spacing: { before: 720 },
      children: runs(text.executor.join('\n'), { size: SMALL }),
    }),
  );
  return docxBuffer(text.title, PORTRAIT, children);
}
