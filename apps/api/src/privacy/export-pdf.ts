import type { Content } from 'pdfmake/interfaces';
import { PORTRAIT } from '../documents/page-format';
import { BORDERED, pdfBuffer } from '../documents/pdf-layout';
import { longDate } from '../documents/russian-format';
import { printable, SubjectExport } from './subject-export';

/**
 * The answer to a subject access request, for the person: one section per kind of record,
 * each record as a small two-column table of label and value.
 */
export function subjectExportPdf(data: SubjectExport): Promise<Buffer> {
  const content: Content[] = [
    { text: data.institution.name, alignment: 'center', bold: true },
    ...(data.institution.address
      ? [{ text: data.institution.address, alignment: 'center' as const, fontSize: 9 }]
      : []),
    {
      text: 'Сведения о персональных данных, обрабатываемых учреждением',
      bold: true,
      fontSize: 13,
      alignment: 'center',
      margin: [0, 16, 0, 4],
    },
    {
      text: `Субъект персональных данных: ${data.fullName}`,
      alignment: 'center',
      margin: [0, 0, 0, 2],
    },
    {
      text: `Сведения по состоянию на ${longDate(data.generatedOn)} (ст. 14 Федерального закона № 152-ФЗ «О персональных данных»)`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 0, 0, 12],
    },
  ];
  data.sections.forEach((section, index) => {
    content.push({
      text: `${index + 1}. ${section.title}`,
      bold: true,
      fontSize: 12,
      margin: [0, 10, 0, 4],
      headlineLevel: 1,
    });
    if (!section.rows.length) {
      content.push({ text: 'Сведений нет.', italics: true });
      return;
    }
    for (const row of section.rows) {
      content.push({
        table: {
          widths: ['35%', '*'],
          body: section.fields.map((field) => [
            { text: field.label, bold: true, fontSize: 9.5 },
            { text: printable(field.key, row[field.key] ?? null), fontSize: 9.5 },
          ]),
        },
        layout: BORDERED,
        margin: [0, 0, 0, 6],
      });
    }
  });
  return pdfBuffer(`Сведения о персональных данных: ${data.fullName}`, PORTRAIT, content);
}
