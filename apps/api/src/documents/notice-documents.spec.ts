import PizZip from 'pizzip';
import { itReadsPdf, pdfText as extract } from '../../test/support/pdf-text';
import type { NoticeDocument } from './document-data';
import { sampleNotice } from './document-samples';
import { noticeDocx } from './notice-docx';
import { noticePdf } from './notice-pdf';
import { NOTICE_SUBJECTS } from './notice-text';

/** The visible text of a DOCX body: `word/document.xml` without its tags. */
function bodyText(docx: Buffer): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText();
  if (!xml) throw new Error('word/document.xml is missing');
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');
}

/** The text `pdftotext` finds in the PDF, with runs of white space as single spaces. */
const pdfText = (pdf: Buffer) => extract(pdf).replace(/\s+/g, ' ');

const notSent = (): NoticeDocument => ({ ...sampleNotice(), outgoingNumber: null, sentOn: null });

const SUBJECTS: [NoticeDocument['trigger'], string][] = [
  ['housing', 'О проблеме сохранности жилого помещения выпускника'],
  ['threat_life_health', 'Об угрозе жизни и здоровью выпускника'],
  ['other', 'Информация о выпускнике'],
];

describe('letter to the guardianship body (DOCX)', () => {
  it('renders the letterhead, addressee, graduate, finding, measures and signature', async () => {
    const data = sampleNotice();
    const text = bodyText(await noticeDocx(data));
    expect(text).toContain(data.institution.fullName);
    expect(text).toContain(data.institution.address);
    expect(text).toContain('Тел.: +7 (383) 222-33-44');
    expect(text).toContain('E-mail: sozvezdie@example.ru');
    expect(text).toContain('Исх. № 47-ПС от 20.03.2027');
    expect(text).toContain(data.recipient);
    expect(text).toContain(data.graduate.fullName);
    expect(text).toContain('Дата рождения: 15.03.2008');
    expect(text).toContain(data.graduate.legalStatus);
    expect(text).toContain(data.graduate.registrationAddress);
    expect(text).toContain(data.graduate.actualAddress);
    expect(text).toContain('«12» марта 2027 г.');
    for (const line of data.finding.split('\n')) expect(text).toContain(line);
    expect(text).toContain('Принятые меры:');
    for (const line of data.measures.split('\n')) expect(text).toContain(line);
    expect(text).toContain('в пределах компетенции органа опеки и попечительства');
    expect(text).toContain('сообщить в Учреждение о принятом решении');
    expect(text).toContain('Директор\t____________________ / Петрова А.С. /');
    expect(text).toContain('Исполнитель: Сидорова Мария Викторовна, социальный педагог');
    expect(text).toContain('Тел.: +7 (383) 222-33-45');
  });

  it.each(SUBJECTS)('titles a %s letter «%s»', async (trigger, subject) => {
    const data = { ...sampleNotice(), trigger };
    const text = bodyText(await noticeDocx(data));
    expect(NOTICE_SUBJECTS[trigger]).toBe(subject);
    expect(text).toContain(subject);
    for (const [other, otherSubject] of SUBJECTS) {
      if (other !== trigger) expect(text).not.toContain(otherSubject);
    }
    expect(text).toContain(data.graduate.fullName);
    expect(text).toContain(data.finding.split('\n')[0]);
  });

  it('cites the specialists’ duty to inform for housing and threats only', async () => {
    const duty = 'обязывающим специалистов по постинтернатному сопровождению информировать';
    const housing = bodyText(await noticeDocx({ ...sampleNotice(), trigger: 'housing' }));
    expect(housing).toContain(`${duty} органы опеки и попечительства о возникновении проблем`);
    expect(housing).toContain('с сохранностью жилого помещения выпускника');
    const threat = bodyText(await noticeDocx({ ...sampleNotice(), trigger: 'threat_life_health' }));
    expect(threat).toContain('о случаях возникновения угрозы жизни и здоровью выпускника');
    expect(threat).toContain(duty);
    const other = bodyText(await noticeDocx({ ...sampleNotice(), trigger: 'other' }));
    expect(other).not.toContain(duty);
    expect(other).toContain('В рамках взаимодействия с органами опеки и попечительства');
  });

  it('leaves the outgoing number and date blank while the letter is not sent', async () => {
    const text = bodyText(await noticeDocx(notSent()));
    expect(text).toMatch(/Исх\. № _{4,} от _{4,}/);
    expect(text).not.toContain('47-ПС');
    expect(text).not.toContain('20.03.2027');
  });

  it('drops empty measures and leaves blanks for a missing addressee and executor', async () => {
    const data: NoticeDocument = {
      ...sampleNotice(),
      recipient: '  ',
      measures: ' \n ',
      specialist: null,
    };
    const text = bodyText(await noticeDocx(data));
    expect(text).not.toContain('Принятые меры');
    expect(text).toContain('Руководителю органа опеки и попечительства');
    expect(text).toMatch(/Исполнитель: _{10,}/);
  });
});

describe('letter to the guardianship body (PDF)', () => {
  itReadsPdf('renders the letter as selectable Cyrillic text', async () => {
    const data = sampleNotice();
    const pdf = await noticePdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Иванов Иван Петрович');
    expect(text).toContain('О проблеме сохранности жилого помещения выпускника');
    expect(text).toContain('Исх. № 47-ПС от 20.03.2027');
    expect(text).toContain('«12» марта 2027 г.');
    for (const line of data.finding.split('\n')) expect(text).toContain(line);
    expect(text).toContain('Принятые меры:');
    expect(text).toContain('/ Петрова А.С. /');
    expect(text).toContain('Исполнитель: Сидорова Мария Викторовна');
  });

  itReadsPdf('titles each kind of letter and keeps the finding', async () => {
    for (const [trigger, subject] of SUBJECTS) {
      const finding = `Выявлено обстоятельство для письма «${subject}».`;
      const text = pdfText(await noticePdf({ ...sampleNotice(), trigger, finding }));
      expect(text).toContain(subject);
      expect(text).toContain(finding);
    }
  });

  itReadsPdf('leaves the outgoing number and date blank while not sent', async () => {
    const text = pdfText(await noticePdf(notSent()));
    expect(text).toMatch(/Исх\. № _{4,} от _{4,}/);
    expect(text).not.toContain('47-ПС');
  });
});
