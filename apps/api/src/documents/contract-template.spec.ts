import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import { DomainError } from '../common/problem/domain-error';
import {
  checkContractTemplate,
  CONTRACT_TEMPLATE_FIELDS,
  contractTemplateFields,
  fillContractTemplate,
} from './contract-template';
import { sampleContract } from './document-samples';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A minimal DOCX by hand: one paragraph a line; `|` splits a line into separate runs. */
function handMadeDocx(lines: string[]): Buffer {
  const paragraphs = lines
    .map((line) => {
      const runs = line
        .split('|')
        .map((part) => `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`);
      return `<w:p>${runs.join('')}</w:p>`;
    })
    .join('');
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
}

const documentXml = (docx: Buffer) => new PizZip(docx).file('word/document.xml')!.asText();
const textOf = (docx: Buffer) =>
  documentXml(docx)
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');

const TEMPLATE = [
  '{kindTitle} № {number}',
  'от {concludedOn}',
  'Выпускник: {graduate|FullName}, дата рождения {graduateBirthDate}',
  '{#serviceKinds}',
  '— {name}',
  '{/serviceKinds}',
  '{#hasLegalRepresentative}',
  'Законный представитель: {legalRepresentative}',
  '{/hasLegalRepresentative}',
  'Условия: {conditions}',
  'Специалист: {specialistPosition} {specialistFullName}',
  '{directorPosition} {directorName}',
];

/** The error a call throws, for checking its fields. */
function errorOf(call: () => unknown): DomainError {
  try {
    call();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('no error thrown');
}

describe('contract templates', () => {
  it('fills the fields, the loop of kinds and the conditional section', () => {
    const data = { ...sampleContract(), conditions: 'Первая строка\nВторая строка' };
    const filled = fillContractTemplate(handMadeDocx(TEMPLATE), data);
    const text = textOf(filled);
    expect(text).toContain('Договор о постинтернатном сопровождении № ДС-2026/7');
    expect(text).toContain('от «15» ноября 2026 г.');
    expect(text).toContain('Выпускник: Иванов Иван Петрович, дата рождения 15.03.2008');
    for (const kind of data.serviceKinds) expect(text).toContain(`— ${kind}`);
    expect(text).not.toContain('Законный представитель');
    expect(text).toContain('Условия: Первая строка\nВторая строка');
    expect(text).toContain('Специалист: социальный педагог Сидорова Мария Викторовна');
    expect(text).toContain('Директор Петрова Анна Сергеевна');
    expect(text).not.toMatch(/[{}]/);
  });

  it('prints the representative section only when there is one', () => {
    const data = { ...sampleContract(), legalRepresentative: 'Смирнова О.Н., опекун' };
    const text = textOf(fillContractTemplate(handMadeDocx(TEMPLATE), data));
    expect(text).toContain('Законный представитель: Смирнова О.Н., опекун');
  });

  it('fills a template made in a word processor (here: with docx)', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Договор № {number}, {graduateFullName}')] }),
          ],
        },
      ],
    });
    const template = await Packer.toBuffer(document);
    expect(checkContractTemplate(template).fields).toEqual(['number', 'graduateFullName']);
    const text = textOf(fillContractTemplate(template, sampleContract()));
    expect(text).toContain('Договор № ДС-2026/7, Иванов Иван Петрович');
  });

  it('lists the fields a template uses, in the order of the field list', () => {
    expect(checkContractTemplate(handMadeDocx(TEMPLATE)).fields).toEqual([
      'kindTitle',
      'number',
      'concludedOn',
      'graduateFullName',
      'graduateBirthDate',
      'hasLegalRepresentative',
      'legalRepresentative',
      'specialistFullName',
      'specialistPosition',
      'directorName',
      'directorPosition',
      'conditions',
      'serviceKinds',
      'name',
    ]);
  });

  it('refuses a file that is not a DOCX', () => {
    for (const file of [
      Buffer.from('просто текст'),
      (() => {
        const zip = new PizZip();
        zip.file('readme.txt', 'not a document');
        return zip.generate({ type: 'nodebuffer' });
      })(),
    ]) {
      const error = errorOf(() => checkContractTemplate(file));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.status).toBe(400);
      expect(error.code).toBe('invalid-template');
      expect(error.message).toBe('Файл не является документом DOCX');
      expect(error.extra).toEqual({ errors: { file: [expect.any(String)] } });
    }
  });

  it('refuses a broken tag and names it', () => {
    const error = errorOf(() =>
      checkContractTemplate(handMadeDocx(['Выпускник: {graduateFullName', 'Номер {number}'])),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid-template');
    expect(error.message).toContain('{graduateFullName');
    expect(error.message).toContain('не закрыто');
  });

  it('refuses a loop that is not closed', () => {
    const error = errorOf(() => checkContractTemplate(handMadeDocx(['{#serviceKinds}{name}'])));
    expect(error.status).toBe(400);
    expect(error.message).toContain('{#serviceKinds}');
  });

  it('refuses a field that is not in the list', () => {
    const error = errorOf(() => checkContractTemplate(handMadeDocx(['Выпускник: {graduateName}'])));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.status).toBe(400);
    expect(error.message).toContain('graduateName');
    expect(error.extra).toEqual({ errors: { file: ['unknown field: graduateName'] } });
  });

  it('refuses a loop item field outside its loop, and unknown fields inside sections', () => {
    expect(errorOf(() => checkContractTemplate(handMadeDocx(['{name}']))).message).toContain(
      'только внутри цикла',
    );
    const nested = ['{#hasLegalRepresentative}{representativeName}{/hasLegalRepresentative}'];
    expect(errorOf(() => checkContractTemplate(handMadeDocx(nested))).message).toContain(
      'representativeName',
    );
  });

  it('describes every field it fills, and fills every field it describes', () => {
    const values = contractTemplateFields(sampleContract());
    const described = CONTRACT_TEMPLATE_FIELDS.map((f) => f.name).filter((n) => n !== 'name');
    expect(Object.keys(values).sort()).toEqual([...described].sort());
    for (const field of CONTRACT_TEMPLATE_FIELDS) expect(field.description).toMatch(/[А-Яа-я]/);
    expect(values.serviceKinds).toEqual(sampleContract().serviceKinds.map((name) => ({ name })));
  });
});
