import { itReadsPdf, pdfText as extract } from '../../test/support/pdf-text';
import { contractPdf } from './contract-pdf';
import { sampleContract, samplePlan } from './document-samples';
import { planPdf } from './plan-pdf';

/** The text `pdftotext` finds in the PDF, with runs of white space as single spaces. */
const pdfText = (pdf: Buffer) => extract(pdf).replace(/\s+/g, ' ');

describe('PDF layouts', () => {
  itReadsPdf('renders the contract as selectable Cyrillic text', async () => {
    const data = sampleContract();
    const pdf = await contractPdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('ДОГОВОР № ДС-2026/7');
    expect(text).toContain('Иванов Иван Петрович');
    expect(text).toContain('«15» ноября 2026 г.');
    expect(text).toContain('Психологическое консультирование');
    expect(text).toContain('Адреса, реквизиты и подписи Сторон');
  });

  itReadsPdf('renders the plan with its activities', async () => {
    const data = samplePlan();
    const pdf = await planPdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('ИНДИВИДУАЛЬНЫЙ ПЛАН');
    expect(text).toContain('Иванов Иван Петрович');
    expect(text).toContain('ДС-2026/7');
    expect(text).toContain('Восстановление полиса ОМС');
    expect(text).toContain('Встреча с куратором группы');
    expect(text).toContain('20.01.2027');
  });

  itReadsPdf('keeps every activity of a long plan, even one longer than a page', async () => {
    const base = samplePlan();
    const long = 'Очень подробное описание мероприятия. '.repeat(400);
    const activities = Array.from({ length: 12 }, (_, i) => ({
      ...base.activities[0],
      title: `Мероприятие ${i + 1}`,
      description: i === 5 ? long : base.activities[0].description,
    }));
    const text = pdfText(await planPdf({ ...base, activities }));
    for (let i = 1; i <= 12; i++) expect(text).toContain(`Мероприятие ${i} `);
  });
});
