import type { Content, TableCell } from 'pdfmake/interfaces';
import { type ContractParagraph, type ContractParty, contractText } from './contract-text';
import type { ContractDocument } from './document-data';
import { PORTRAIT } from './page-format';
import { BORDERLESS, justified, mm, pdfBuffer } from './pdf-layout';

/** The built-in layout of the support contract as PDF. */

const heading = (text: string): Content => ({
  text,
  bold: true,
  alignment: 'center',
  margin: [0, 8, 0, 4],
  headlineLevel: 1,
});

const paragraph = (p: ContractParagraph): Content =>
  p.marker
    ? {
        columns: [
          { text: p.marker, width: mm(6) },
          { text: justified(p.text), alignment: 'justify', width: '*' },
        ],
        columnGap: 0,
        margin: [mm(12), 0, 0, 2],
      }
    : {
        text: justified(p.text),
        alignment: 'justify',
        leadingIndent: mm(12.5),
        margin: [0, 0, 0, 2],
      };

/** Parties side by side, row by row, so that their signature lines stand level. */
function signatures(parties: ContractParty[]): Content {
  const row = (cell: (p: ContractParty) => TableCell) => parties.map(cell);
  return {
    table: {
      widths: parties.map(() => '*'),
      dontBreakRows: true,
      body: [
        row((p) => ({ text: p.heading, bold: true })),
        row((p) => ({ stack: p.lines })),
        row((p) => ({
          stack: [p.signature, { text: p.stamp ?? '', fontSize: 9 }],
          margin: [0, 12, 0, 0],
        })),
      ],
    },
    layout: BORDERLESS,
    fontSize: 10,
    unbreakable: true,
  };
}

export function contractPdf(data: ContractDocument): Promise<Buffer> {
  const text = contractText(data);
  const content: Content[] = [
    { text: text.title, bold: true, alignment: 'center', fontSize: 12 },
    { text: text.subtitle, bold: true, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 10] },
    {
      columns: [{ text: text.place }, { text: text.date, alignment: 'right' }],
      margin: [0, 0, 0, 10],
    },
    paragraph({ text: text.preamble }),
  ];
  for (const section of text.sections) {
    content.push(heading(section.heading), ...section.paragraphs.map(paragraph));
  }
  content.push(heading(`${text.sections.length + 1}. Адреса, реквизиты и подписи Сторон`));
  content.push(signatures(text.parties));
  if (text.representative) {
    content.push({ text: '', margin: [0, 10, 0, 0] }, signatures([text.representative]));
  }
  return pdfBuffer(text.title, PORTRAIT, content);
}
