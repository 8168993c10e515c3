import PizZip from 'pizzip';
import { contractDocx } from './contract-docx';
import { sampleContract, samplePlan } from './document-samples';
import { planDocx } from './plan-docx';

/** The visible text of a DOCX body: `word/document.xml` without its tags. */
function bodyText(docx: Buffer): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText();
  if (!xml) throw new Error('word/document.xml is missing');
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');
}

/*
 * The renderers behind DocumentsService (the service only picks template or built-in
 * layout; its decorator is not compiled by the unit-test transform).
 */
describe('built-in DOCX layouts', () => {
  it('renders the contract with its number, parties and kinds of help', async () => {
    const data = sampleContract();
    const text = bodyText(await contractDocx(data));
    expect(text).toContain('ДОГОВОР № ДС-2026/7');
    expect(text).toContain('о постинтернатном сопровождении');
    expect(text).toContain('«15» ноября 2026 г.');
    expect(text).toContain('г. Новосибирск');
    expect(text).toContain(data.graduate.fullName);
    expect(text).toContain(data.institution.fullName);
    expect(text).toContain('действует директор Петрова Анна Сергеевна');
    for (const kind of data.serviceKinds) expect(text).toContain(kind);
    expect(text).toContain('с «15» ноября 2026 г. по «14» ноября 2027 г.');
    expect(text).toContain('на безвозмездной основе');
    expect(text).toContain('неотъемлемой частью');
    expect(text).toContain('Дополнительные условия');
    expect(text).toContain(data.conditions);
    expect(text).toContain('социальный педагог Сидорова Мария Викторовна');
    expect(text).toContain('/ Иванов И.П. /');
    expect(text).toContain('/ Петрова А.С. /');
    expect(text).not.toContain('Законный представитель');
    expect(text).not.toContain('г..');
  });

  it('renders a preliminary draft: blank date, representative, no empty sections', async () => {
    const data = {
      ...sampleContract(),
      kind: 'preliminary' as const,
      concludedOn: null,
      applicationDate: null,
      legalRepresentative: 'Смирнова Ольга Николаевна, опекун',
      conditions: '  ',
    };
    const text = bodyText(await contractDocx(data));
    expect(text).toContain('ПРЕДВАРИТЕЛЬНЫЙ ДОГОВОР № ДС-2026/7');
    expect(text).toContain('«___» ____________ 20__ г.');
    expect(text).toContain('с согласия Выпускника');
    expect(text).toContain('Законный представитель Выпускника');
    expect(text).toContain(
      'с согласия законного представителя Выпускника: Смирнова Ольга Николаевна, опекун.',
    );
    expect(text).toContain('в трёх экземплярах');
    expect(text).not.toContain('Дополнительные условия');
    // Sections are numbered without a gap where the empty one was left out.
    expect(text).toContain('8. Заключительные положения');
    expect(text).toContain('9. Адреса, реквизиты и подписи Сторон');
  });

  it('drops control characters that XML cannot hold (docx does it)', async () => {
    const data = { ...sampleContract(), conditions: 'Встречи\u000bпо средам' };
    const xml = new PizZip(await contractDocx(data)).file('word/document.xml')!.asText();
    expect(xml).toContain('Встречипо средам');
    const controls = Array.from(xml).filter((c) => c < ' ' && !'\t\n\r'.includes(c));
    expect(controls).toEqual([]);
  });

  it('renders the plan with its approval, goals and activities', async () => {
    const data = samplePlan();
    const text = bodyText(await planDocx(data));
    expect(text).toContain('ИНДИВИДУАЛЬНЫЙ ПЛАН');
    expect(text).toContain('к договору о постинтернатном сопровождении № ДС-2026/7');
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toContain('«20» ноября 2026 г.');
    expect(text).toContain('Иванов Иван Петрович, 15.03.2008 г. р.');
    expect(text).toContain('с 15.11.2026 по 14.11.2027');
    for (const goal of data.goals) expect(text).toContain(goal.goal);
    for (const a of data.activities) {
      expect(text).toContain(a.title);
      expect(text).toContain(a.description);
      expect(text).toContain(a.responsible);
    }
    expect(text).toContain('01.12.2026');
    expect(text).toContain('Выполнено. 28.11.2026: полис получен');
  });

  it('leaves the approval blank on a plan never approved', async () => {
    const data = {
      ...samplePlan(),
      revision: 0,
      approvedOn: null,
      approvedBy: null,
      activities: [],
    };
    const text = bodyText(await planDocx(data));
    expect(text).toContain('проект, не утверждён');
    expect(text).not.toContain('Петрова А.С.');
    expect(text).toContain('Мероприятия не запланированы.');
  });
});
