import type { Content } from 'pdfmake/interfaces';
import { PORTRAIT } from '../../documents/page-format';
import { BORDERED, mm, pdfBuffer } from '../../documents/pdf-layout';
import { extractTitle, type ExtractSection, type GraduateExtract } from './extract-text';

const section = (s: ExtractSection): Content[] => {
  const heading: Content = {
    text: s.heading,
    bold: true,
    fontSize: 12,
    margin: [0, 10, 0, 4],
    headlineLevel: 1,
  };
  const body: Content[] = [];
  if (s.lines) {
    body.push({
      table: {
        widths: [mm(55), '*'],
        body: s.lines.map(([label, value]) => [{ text: label, bold: true }, value]),
      },
      layout: BORDERED,
    });
  }
  if (s.table) {
    if (s.table.rows.length === 0) body.push({ text: s.empty ?? '—', italics: true });
    else
      body.push({
        table: {
          headerRows: 1,
          widths: s.table.columns.map(() => '*'),
          body: [s.table.columns.map((c) => ({ text: c, bold: true })), ...s.table.rows],
        },
        layout: BORDERED,
        fontSize: 9.5,
      });
  }
  return [heading, ...body];
};

/** The personal file's extract as PDF: the institution at the top, then one block per part. */
export function graduateExtractPdf(extract: GraduateExtract): Promise<Buffer> {
  const { title, subtitle } = extractTitle(extract);
  const i = extract.institution;
  const content: Content[] = [
    { text: i.fullName, alignment: 'center', bold: true, fontSize: 10.5 },
    {
      text: [i.address, i.phone, i.email].filter(Boolean).join(', '),
      alignment: 'center',
      fontSize: 9,
      margin: [0, 2, 0, 14],
    },
    { text: title, alignment: 'center', bold: true, fontSize: 14 },
    { text: subtitle, alignment: 'center', margin: [0, 2, 0, 8] },
    ...extract.sections.flatMap(section),
    {
      columns: [
        { text: `Выписку подготовил(а): ${extract.madeBy}`, width: '*' },
        { text: '_______________ (подпись)', width: 'auto' },
      ],
      margin: [0, 24, 0, 0],
    },
    {
      text: 'Содержит персональные данные. Передаётся только субъекту данных или по основаниям, предусмотренным 152-ФЗ.',
      fontSize: 8,
      italics: true,
      margin: [0, 12, 0, 0],
    },
  ];
  return pdfBuffer(`${title}: ${extract.fullName}`, PORTRAIT, content);
}
