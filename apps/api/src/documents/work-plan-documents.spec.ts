import PizZip from 'pizzip';
import { itReadsPdf, pdfText } from '../../test/support/pdf-text';
import type { WorkPlanDocument } from './document-data';
import { SAMPLE_INSTITUTION } from './document-samples';
import { workPlanDocx } from './work-plan-docx';
import { workPlanPdf } from './work-plan-pdf';

function sampleWorkPlan(): WorkPlanDocument {
  return {
    institution: SAMPLE_INSTITUTION,
    period: 'на 2027 год',
    approvedOn: '2026-12-20',
    approvedBy: 'Руководитель Службы Петровна',
    approverPosition: 'Руководитель службы постинтернатного сопровождения',
    sections: [
      {
        title: 'Организационно-методическая работа',
        items: [
          {
            title: 'Составить график посещений выпускников по месту жительства',
            due: 'январь',
            responsible: 'Сидорова Мария Викторовна',
            expectedResult: 'График утверждён',
            mark: 'Выполнено (15.01.2027): график утверждён приказом',
          },
          {
            title: 'Обновить банк данных о выпускниках',
            due: '20.03.2027',
            responsible: 'специалисты службы',
            expectedResult: 'Сведения актуальны',
            mark: '',
          },
        ],
      },
      {
        title: 'Групповая работа с выпускниками',
        items: [
          {
            title: 'Тренинг «Мой бюджет»',
            due: 'февраль',
            responsible: 'Педагог Психолог',
            expectedResult: 'Не менее 10 участников',
            mark: 'Не выполнено: карантин. Перенесено на март 2027 г.: карантин',
          },
        ],
      },
    ],
  };
}

function bodyText(docx: Buffer): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

describe('work plan documents', () => {
  it('DOCX: the approval, the title with the period, sections and numbered items', async () => {
    const text = bodyText(await workPlanDocx(sampleWorkPlan()));
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toContain('/ Руководитель С.П. /');
    expect(text).toContain('«20» декабря 2026 г.');
    expect(text).toContain('ПЛАН РАБОТЫ');
    expect(text).toContain('службы постинтернатного сопровождения на 2027 год');
    expect(text).toContain('Отметка о выполнении');
    expect(text).toContain('1. Организационно-методическая работа');
    expect(text).toContain('2. Групповая работа с выпускниками');
    expect(text).toContain('Тренинг «Мой бюджет»');
    expect(text).not.toContain('Проект, не утверждён');
  });

  it('DOCX: a draft has blank approval lines and says it is a draft', async () => {
    const text = bodyText(
      await workPlanDocx({ ...sampleWorkPlan(), approvedOn: null, approvedBy: null }),
    );
    expect(text).toContain('«___» ____________ 20__ г.');
    expect(text).toContain('(Проект, не утверждён)');
  });

  itReadsPdf('PDF: selectable Cyrillic text with every item', async () => {
    const pdf = await workPlanPdf({ ...sampleWorkPlan(), period: 'на январь 2027 года' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('ПЛАН РАБОТЫ');
    expect(text).toContain('на январь 2027 года');
    expect(text).toContain('УТВЕРЖДАЮ');
    expect(text).toContain('1.2 Обновить банк данных о выпускниках');
    expect(text).toContain('2.1 Тренинг «Мой бюджет»');
  });
});
