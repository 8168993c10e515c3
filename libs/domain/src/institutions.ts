import type { Labels } from './label';

/** What kind of organisation an institution of the system is. */
export const INSTITUTION_KINDS = [
  'children_home',
  'boarding_school',
  'family_center',
  'regional_center',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export const INSTITUTION_KIND_LABELS: Labels<InstitutionKind> = {
  children_home: { ru: 'детский дом', en: "children's home" },
  boarding_school: { ru: 'школа-интернат', en: 'boarding school' },
  family_center: {
    ru: 'центр содействия семейному воспитанию',
    en: 'family upbringing support centre',
  },
  regional_center: {
    ru: 'региональный центр постинтернатного сопровождения',
    en: 'regional post-care support centre',
  },
  other: { ru: 'другое', en: 'other' },
};
