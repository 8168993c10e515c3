import type { WorkPlanDocument } from './document-data';
import { BLANK_LONG_DATE, longDate, surnameWithInitials } from './russian-format';

/**
 * The service's work plan (000 §8.2, 001 §8.1): the head's approval, the title with the
 * period, and one table of the sections' items, as plain text blocks shared by the DOCX
 * and PDF renderers.
 */

export interface WorkPlanRow {
  number: string;
  title: string;
  due: string;
  responsible: string;
  expectedResult: string;
  mark: string;
}

export interface WorkPlanText {
  /** Top right: the head's approval («УТВЕРЖДАЮ»). */
  approval: string[];
  title: string[];
  institution: string;
  /** Under the title while the plan is not approved. */
  draftMark: string | null;
  columns: string[];
  sections: { heading: string; rows: WorkPlanRow[] }[];
}

export const NO_WORK_PLAN_ITEMS = 'Мероприятия не запланированы.';

export function workPlanText(data: WorkPlanDocument): WorkPlanText {
  const approved = data.approvedOn !== null;
  return {
    approval: [
      'УТВЕРЖДАЮ',
      data.approverPosition,
      data.institution.shortName,
      `____________ / ${approved && data.approvedBy ? surnameWithInitials(data.approvedBy) : '________________'} /`,
      approved ? longDate(data.approvedOn) : BLANK_LONG_DATE,
    ],
    title: ['ПЛАН РАБОТЫ', `службы постинтернатного сопровождения ${data.period}`],
    institution: data.institution.fullName,
    draftMark: approved ? null : 'Проект, не утверждён',
    columns: [
      '№ п/п',
      'Мероприятие',
      'Срок',
      'Ответственный',
      'Ожидаемый результат',
      'Отметка о выполнении',
    ],
    sections: data.sections.map((section, s) => ({
      heading: `${s + 1}. ${section.title}`,
      rows: section.items.map((item, i) => ({
        number: `${s + 1}.${i + 1}`,
        title: item.title,
        due: item.due,
        responsible: item.responsible,
        expectedResult: item.expectedResult,
        mark: item.mark,
      })),
    })),
  };
}
