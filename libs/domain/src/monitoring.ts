import type { Labels } from './label';

/**
 * The life domains of a graduate's situation (000 §4.5–4.8): plan goals and monitoring
 * assessments use this one list, in this order (as users and documents show it).
 */
export const LIFE_DOMAINS = [
  'housing',
  'documents',
  'education',
  'employment',
  'health',
  'family',
  'finances',
  'legal',
  'leisure',
  'risk_behaviour',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export const LIFE_DOMAIN_LABELS: Labels<LifeDomain> = {
  housing: { ru: 'жильё', en: 'housing' },
  documents: { ru: 'документы', en: 'documents' },
  education: { ru: 'образование', en: 'education' },
  employment: { ru: 'трудоустройство', en: 'employment' },
  health: { ru: 'здоровье', en: 'health' },
  family: { ru: 'семья и дети', en: 'family and children' },
  finances: { ru: 'финансы и льготы', en: 'finances and benefits' },
  legal: { ru: 'правовые вопросы', en: 'legal matters' },
  leisure: { ru: 'досуг и социальные связи', en: 'leisure and social ties' },
  risk_behaviour: { ru: 'рискованное поведение', en: 'risk behaviour' },
};

/** Entries of the case log: contacts with or about the graduate (000 §7.2.3, 001 §7.1). */
export const CONTACT_KINDS = [
  'home_visit',
  'study_visit',
  'work_visit',
  'office_meeting',
  'phone_call',
  'message',
  'teacher_contact',
  'employer_contact',
  'partner_contact',
  'outreach',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Labels<ContactKind> = {
  home_visit: { ru: 'посещение на дому', en: 'home visit' },
  study_visit: { ru: 'посещение по месту учёбы', en: 'visit to the place of study' },
  work_visit: { ru: 'посещение по месту работы', en: 'visit to the workplace' },
  office_meeting: { ru: 'встреча в службе', en: 'meeting at the service' },
  phone_call: { ru: 'телефонный звонок', en: 'phone call' },
  message: { ru: 'сообщение', en: 'message' },
  teacher_contact: { ru: 'контакт с педагогом', en: 'contact with a teacher' },
  employer_contact: { ru: 'контакт с работодателем', en: 'contact with the employer' },
  partner_contact: {
    ru: 'контакт с организацией-партнёром',
    en: 'contact with a partner organisation',
  },
  outreach: { ru: 'выезд, поиск', en: 'outreach, search' },
};

/** The kinds of contact a volunteer curator records (the staff's other kinds are refused). */
export const CURATOR_CONTACT_KINDS = [
  'home_visit',
  'study_visit',
  'work_visit',
  'office_meeting',
  'phone_call',
  'message',
] as const satisfies readonly ContactKind[];

/** How a contact went: held, refused by the graduate, or not reached. */
export const CONTACT_OUTCOMES = ['held', 'refused', 'failed'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
export const CONTACT_OUTCOME_LABELS: Labels<ContactOutcome> = {
  held: { ru: 'состоялся', en: 'took place' },
  refused: { ru: 'отказ от встречи', en: 'refused to meet' },
  failed: { ru: 'не состоялся', en: 'did not take place' },
};
