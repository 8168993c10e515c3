import { type FileChild, Paragraph, TabStopType } from 'docx';
import { type ContractParty, contractText } from './contract-text';
import type { ContractDocument } from './document-data';
import {
  bodyParagraph,
  type CellContent,
  centered,
  docxBuffer,
  heading,
  listItem,
  mm,
  run,
  tab,
  table,
} from './docx-layout';
import { PORTRAIT, textWidthMm } from './page-format';

/** The built-in layout of the support contract as DOCX. */

const SIZE = 22;

/** Parties side by side, row by row, so that their signature lines stand level. */
function signatures(parties: ContractParty[]) {
  const row = (cell: (p: ContractParty) => CellContent) => parties.map(cell);
  return table(
    parties.map(() => 1 / parties.length),
    [
      row((p) => ({ paragraphs: [p.heading], bold: true })),
      row((p) => ({ paragraphs: p.lines })),
      row((p) => ({
        paragraphs: ['', p.signature, ...(p.stamp ? [[run(p.stamp, { size: 18 })]] : [])],
      })),
    ],
    { format: PORTRAIT, bordered: false, size: SIZE },
  );
}

export function contractDocx(data: ContractDocument): Promise<Buffer> {
  const text = contractText(data);
  const children: FileChild[] = [
    centered(text.title, { bold: true }),
    centered(text.subtitle, { bold: true, after: 240 }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: mm(textWidthMm(PORTRAIT)) }],
      spacing: { after: 240 },
      children: [run(text.place), tab(), run(text.date)],
    }),
    bodyParagraph(text.preamble),
  ];
  for (const section of text.sections) {
    children.push(heading(section.heading));
    for (const p of section.paragraphs) {
      children.push(p.marker ? listItem(p.marker, p.text) : bodyParagraph(p.text));
    }
  }
  children.push(heading(`${text.sections.length + 1}. Адреса, реквизиты и подписи Сторон`));
  children.push(signatures(text.parties));
  if (text.representative) {
    children.push(new Paragraph({ children: [] }), signatures([text.representative]));
  }
  return docxBuffer(text.title, PORTRAIT, children);
}
