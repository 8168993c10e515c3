import type { Labels } from './label';

/** The milestones of living on one's own (comparable systems' independence checklists). */
export const MILESTONES = [
  'passport',
  'snils',
  'medical_policy',
  'inn',
  'registration',
  'military_registration',
  'bank_account',
  'housing',
  'housing_queue',
  'income',
  'health_check',
  'education_finished',
  'trusted_adult',
] as const;
export type Milestone = (typeof MILESTONES)[number];
export const MILESTONE_LABELS: Labels<Milestone> = {
  passport: { ru: 'паспорт', en: 'passport' },
  snils: { ru: 'СНИЛС', en: 'SNILS (pension insurance number)' },
  medical_policy: { ru: 'полис ОМС', en: 'medical insurance policy' },
  inn: { ru: 'ИНН', en: 'INN (taxpayer number)' },
  registration: {
    ru: 'регистрация по месту жительства',
    en: 'registration at the place of residence',
  },
  military_registration: { ru: 'воинский учёт', en: 'military registration' },
  bank_account: { ru: 'банковский счёт', en: 'bank account' },
  housing: { ru: 'собственное или закреплённое жильё', en: 'own or assigned housing' },
  housing_queue: {
    ru: 'очередь на жильё для детей-сирот (номер)',
    en: 'housing queue for orphans (number)',
  },
  income: {
    ru: 'стабильный доход или оформленные выплаты',
    en: 'stable income or benefits arranged',
  },
  health_check: { ru: 'пройдена диспансеризация', en: 'health check-up done' },
  education_finished: {
    ru: 'получено первое профессиональное образование',
    en: 'first professional education completed',
  },
  trusted_adult: { ru: 'есть взрослый, на которого можно опереться', en: 'an adult to rely on' },
};

export const MILESTONE_STATUSES = ['not_started', 'in_progress', 'done', 'not_needed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Labels<MilestoneStatus> = {
  not_started: { ru: 'не начато', en: 'not started' },
  in_progress: { ru: 'в работе', en: 'in progress' },
  done: { ru: 'выполнено', en: 'done' },
  not_needed: { ru: 'не требуется', en: 'not needed' },
};
