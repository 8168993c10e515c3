import type { Labels } from './label';

/** A graduate's employment, as the personal file and the situation history record it. */
export const EMPLOYMENT_STATUSES = [
  'employed',
  'unemployed',
  'looking',
  'not_looking',
  'maternity_leave',
  'military_service',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EMPLOYMENT_STATUS_LABELS: Labels<EmploymentStatus> = {
  employed: { ru: 'работает', en: 'employed' },
  unemployed: { ru: 'не работает', en: 'unemployed' },
  looking: { ru: 'ищет работу', en: 'looking for work' },
  not_looking: { ru: 'не ищет работу', en: 'not looking for work' },
  maternity_leave: { ru: 'отпуск по уходу за ребёнком', en: 'parental leave' },
  military_service: { ru: 'служба в армии', en: 'military service' },
};

/** Where the graduate lives. */
export const HOUSING_TYPES = [
  'own',
  'specialized_fund',
  'rented',
  'dormitory',
  'relatives',
  'social_institution',
  'none',
  'other',
] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];
export const HOUSING_TYPE_LABELS: Labels<HousingType> = {
  own: { ru: 'собственное жильё', en: 'own housing' },
  specialized_fund: { ru: 'специализированный жилищный фонд', en: 'specialised housing fund' },
  rented: { ru: 'съёмное жильё', en: 'rented housing' },
  dormitory: { ru: 'общежитие', en: 'dormitory' },
  relatives: { ru: 'у родственников', en: 'with relatives' },
  social_institution: { ru: 'социальное учреждение', en: 'social institution' },
  none: { ru: 'нет жилья', en: 'no housing' },
  other: { ru: 'другое жильё', en: 'other housing' },
};

export const MARITAL_STATUSES = ['single', 'married', 'cohabiting', 'divorced'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const MARITAL_STATUS_LABELS: Labels<MaritalStatus> = {
  single: { ru: 'не в браке', en: 'single' },
  married: { ru: 'в браке', en: 'married' },
  cohabiting: { ru: 'гражданский брак', en: 'cohabiting' },
  divorced: { ru: 'в разводе', en: 'divorced' },
};
