import type { PlanDocument } from './document-data';
import { BLANK_LONG_DATE, longDate, shortDate, surnameWithInitials } from './russian-format';

/**
 * The individual support plan (Положение 001 §4.2.3: activities, their terms and the
 * specialists responsible), as plain text blocks shared by the DOCX and PDF renderers.
 */

export interface PlanText {
  /** Top right: whose annex this is. */
  annex: string[];
  /** Top right beside the annex mark: the head's approval («Утверждаю»). */
  approval: string[];
  title: string[];
  /** Label and value lines under the title. */
  facts: [string, string][];
  goalsHeading: string;
  goalColumns: [string, string];
  goals: [string, string][];
  activitiesHeading: string;
  activityColumns: string[];
  activities: PlanActivityRow[];
  acquaintance: string[];
}

export interface PlanActivityRow {
  number: string;
  domain: string;
  title: string;
  description: string;
  due: string;
  responsible: string;
  mark: string;
}

export const NO_GOALS = 'Цели не определены.';
export const NO_ACTIVITIES = 'Мероприятия не запланированы.';

function approval(data: PlanDocument): string[] {
  const approved = data.approvedOn !== null && data.revision > 0;
  return [
    'УТВЕРЖДАЮ',
    data.approverPosition || data.institution.directorPosition,
    data.institution.shortName,
    `____________ / ${approved && data.approvedBy ? surnameWithInitials(data.approvedBy) : '________________'} /`,
    approved ? longDate(data.approvedOn) : BLANK_LONG_DATE,
  ];
}

export function planText(data: PlanDocument): PlanText {
  const revision =
    data.revision > 0 && data.approvedOn
      ? `№ ${data.revision}, утверждена ${shortDate(data.approvedOn)}`
      : 'проект, не утверждён';
  return {
    annex: [
      'Приложение',
      // A no-break space keeps the number on the line of its sign.
      `к договору о постинтернатном сопровождении №\u00a0${data.contractNumber}`,
      `от ${longDate(data.contractConcludedOn)}`,
    ],
    approval: approval(data),
    title: ['ИНДИВИДУАЛЬНЫЙ ПЛАН', 'постинтернатного сопровождения выпускника'],
    facts: [
      ['Выпускник', `${data.graduate.fullName}, ${shortDate(data.graduate.birthDate)} г. р.`],
      ['Учреждение', data.institution.fullName],
      ['Период', `с ${shortDate(data.periodFrom)} по ${shortDate(data.periodTo)}`],
      ['Редакция плана', revision],
    ],
    goalsHeading: '1. Цели сопровождения',
    goalColumns: ['Сфера жизнедеятельности', 'Цель'],
    goals: data.goals.map((g) => [g.domain, g.goal]),
    activitiesHeading: '2. Мероприятия',
    activityColumns: [
      '№',
      'Сфера',
      'Мероприятие',
      'Срок',
      'Ответственный',
      'Статус, отметка о выполнении',
    ],
    activities: data.activities.map((a, i) => ({
      number: String(i + 1),
      domain: a.domain,
      title: a.title,
      description: a.description,
      due: shortDate(a.dueOn),
      responsible: a.responsible,
      mark: [a.status, a.outcome].filter((s) => s.trim()).join('. '),
    })),
    acquaintance: [
      'С планом ознакомлен(а), согласен(на):',
      `Выпускник ____________ / ${surnameWithInitials(data.graduate.fullName)} /    ${BLANK_LONG_DATE}`,
    ],
  };
}
