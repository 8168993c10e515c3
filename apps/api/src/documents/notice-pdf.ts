import type { Content } from 'pdfmake/interfaces';
import type { NoticeDocument } from './document-data';
import { type NoticeLine, noticeText, type NoticeText } from './notice-text';
import { PORTRAIT } from './page-format';
import { justified, mm, pdfBuffer } from './pdf-layout';

/** The letter to the guardianship body as PDF. */

/** The letterhead at the top left and the addressee at the top right. */
const top = (text: NoticeText): Content => ({
  columns: [
    {
      width: mm(82),
      alignment: 'center',
      stack: [
        { text: text.letterhead.name, bold: true, fontSize: 10.5 },
        { stack: text.letterhead.requisites, fontSize: 9, margin: [0, 2, 0, 0] },
        { text: text.letterhead.outgoing, margin: [0, 10, 0, 0] },
      ],
    },
    { width: '*', text: '' },
    { width: mm(72), stack: text.recipient },
  ],
  columnGap: 0,
  margin: [0, 0, 0, 24],
});

const line = (l: NoticeLine, top = 0): Content => ({
  text: [...(l.label ? [{ text: `${l.label}: `, bold: true }] : []), justified(l.text)],
  alignment: 'justify',
  leadingIndent: mm(12.5),
  margin: [0, top, 0, 2],
});

const sectionHeading = (text: string): Content => ({
  text,
  bold: true,
  leadingIndent: mm(12.5),
  margin: [0, 6, 0, 2],
  headlineLevel: 1,
});

export function noticePdf(data: NoticeDocument): Promise<Buffer> {
  const text = noticeText(data);
  const content: Content[] = [
    top(text),
    { text: text.subject, bold: true, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 12] },
    line({ text: text.lead }),
  ];
  for (const section of text.sections) {
    content.push(sectionHeading(section.heading), ...section.lines.map((l) => line(l)));
  }
  content.push(
    line({ text: text.request }, 6),
    // The executor never goes to a page of its own: it stays with the signature.
    {
      stack: [
        {
          columns: [
            { text: text.signature.position, width: '*' },
            { text: text.signature.line, width: 'auto' },
          ],
        },
        { stack: text.executor, fontSize: 9, margin: [0, 28, 0, 0] },
      ],
      margin: [0, 28, 0, 0],
      unbreakable: true,
    },
  );
  return pdfBuffer(text.title, PORTRAIT, content);
}
