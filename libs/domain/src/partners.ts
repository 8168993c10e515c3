import type { Labels } from './label';

/**
 * Kinds of partner organisations (000 §1.5, 001 §5.6): a partner is of one kind, and a
 * graduate's consent names the kinds their data may be shared with.
 */
export const PARTNER_KINDS = [
  'education',
  'employer',
  'health',
  'employment_center',
  'guardianship',
  'social_protection',
  'court',
  'police',
  'military_office',
  'ngo',
  'housing',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS: Labels<PartnerKind> = {
  education: { ru: 'образовательные организации', en: 'educational institutions' },
  employer: { ru: 'работодатели', en: 'employers' },
  health: { ru: 'медицинские организации', en: 'health care' },
  employment_center: { ru: 'центр занятости', en: 'employment centre' },
  guardianship: { ru: 'орган опеки и попечительства', en: 'guardianship body' },
  social_protection: { ru: 'социальная защита', en: 'social protection' },
  court: { ru: 'суд', en: 'court' },
  police: { ru: 'полиция', en: 'police' },
  military_office: { ru: 'военный комиссариат', en: 'military registration office' },
  ngo: { ru: 'некоммерческие организации', en: 'non-profit organisations' },
  housing: { ru: 'жилищные органы', en: 'housing authorities' },
  other: { ru: 'иные организации', en: 'other organisations' },
};

/** A referral to a partner: sent, then accepted, done or declined by the partner. */
export const REFERRAL_STATUSES = ['sent', 'accepted', 'done', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Labels<ReferralStatus> = {
  sent: { ru: 'направлен', en: 'referred' },
  accepted: { ru: 'принят', en: 'accepted' },
  done: { ru: 'выполнено', en: 'done' },
  declined: { ru: 'отказ', en: 'declined' },
};
