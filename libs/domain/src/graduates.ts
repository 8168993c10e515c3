import type { Labels } from './label';

/** Support status of a personal file (000 §3.1), in the order pickers show them. */
export const GRADUATE_STATUSES = ['preparing', 'under_support', 'one_off', 'ended'] as const;
export type GraduateStatus = (typeof GRADUATE_STATUSES)[number];
export const GRADUATE_STATUS_LABELS: Labels<GraduateStatus> = {
  preparing: { ru: 'готовится к выпуску', en: 'preparing to leave care' },
  under_support: { ru: 'на сопровождении', en: 'under support' },
  one_off: { ru: 'разовая помощь', en: 'one-off help' },
  ended: { ru: 'сопровождение прекращено', en: 'support ended' },
};

/** Legal status under 159-FZ, worded as the law words it. */
export const LEGAL_STATUSES = ['orphan', 'without_parental_care', 'from_among'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export const LEGAL_STATUS_LABELS: Labels<LegalStatus> = {
  orphan: { ru: 'ребёнок-сирота', en: 'orphan' },
  without_parental_care: {
    ru: 'ребёнок, оставшийся без попечения родителей',
    en: 'left without parental care',
  },
  from_among: {
    ru: 'лицо из числа детей-сирот и детей, оставшихся без попечения родителей',
    en: 'person from among orphans and children left without parental care',
  },
};

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Labels<Sex> = {
  female: { ru: 'женский', en: 'female' },
  male: { ru: 'мужской', en: 'male' },
};

/** Relatives and significant adults in a graduate's life. */
export const RELATIVE_KINDS = [
  'mother',
  'father',
  'sibling',
  'grandparent',
  'other_relative',
  'former_guardian',
  'significant_adult',
] as const;
export type RelativeKind = (typeof RELATIVE_KINDS)[number];
export const RELATIVE_KIND_LABELS: Labels<RelativeKind> = {
  mother: { ru: 'мать', en: 'mother' },
  father: { ru: 'отец', en: 'father' },
  sibling: { ru: 'брат или сестра', en: 'sibling' },
  grandparent: { ru: 'бабушка или дедушка', en: 'grandparent' },
  other_relative: { ru: 'другой родственник', en: 'other relative' },
  former_guardian: {
    ru: 'бывший опекун или приёмный родитель',
    en: 'former guardian or foster parent',
  },
  significant_adult: { ru: 'значимый взрослый', en: 'significant adult' },
};

/** Identity and other personal documents kept in the file. */
export const IDENTITY_DOCUMENT_KINDS = [
  'passport',
  'birth_certificate',
  'snils',
  'inn',
  'medical_policy',
  'military_id',
  'other',
] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];
export const IDENTITY_DOCUMENT_KIND_LABELS: Labels<IdentityDocumentKind> = {
  passport: { ru: 'паспорт РФ', en: 'passport' },
  birth_certificate: { ru: 'свидетельство о рождении', en: 'birth certificate' },
  snils: { ru: 'СНИЛС', en: 'SNILS' },
  inn: { ru: 'ИНН', en: 'INN' },
  medical_policy: { ru: 'полис ОМС', en: 'medical insurance policy' },
  military_id: { ru: 'военный билет', en: 'military ID' },
  other: { ru: 'другой документ', en: 'other document' },
};
