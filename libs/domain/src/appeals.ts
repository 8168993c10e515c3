import type { Labels } from './label';

/** How the graduate reached the service (000 §4.1, 001 §3.1.3), worded as the journal words it. */
export const APPEAL_CHANNELS = [
  'in_person',
  'phone',
  'messenger',
  'outreach_visit',
  'letter',
] as const;
export type AppealChannel = (typeof APPEAL_CHANNELS)[number];
export const APPEAL_CHANNEL_LABELS: Labels<AppealChannel> = {
  in_person: { ru: 'личное обращение', en: 'in person' },
  phone: { ru: 'по телефону', en: 'by phone' },
  messenger: { ru: 'мессенджер, соцсети', en: 'by messenger' },
  outreach_visit: { ru: 'выездная консультация', en: 'on an outreach visit' },
  letter: { ru: 'письменное обращение', en: 'in writing' },
};

export const APPEAL_STATUSES = ['new', 'in_progress', 'resolved', 'referred'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Labels<AppealStatus> = {
  new: { ru: 'новое', en: 'new' },
  in_progress: { ru: 'в работе', en: 'in progress' },
  resolved: { ru: 'решено', en: 'resolved' },
  referred: { ru: 'перенаправлено', en: 'referred' },
};

/** Help given one to one or to a group (001 §8.2). */
export const SERVICE_FORMS = ['individual', 'group'] as const;
export type ServiceForm = (typeof SERVICE_FORMS)[number];
export const SERVICE_FORM_LABELS: Labels<ServiceForm> = {
  individual: { ru: 'индивидуальная', en: 'individual' },
  group: { ru: 'групповая', en: 'group' },
};

export const SERVICE_DELIVERIES = ['in_person', 'remote'] as const;
export type ServiceDelivery = (typeof SERVICE_DELIVERIES)[number];
export const SERVICE_DELIVERY_LABELS: Labels<ServiceDelivery> = {
  in_person: { ru: 'очно', en: 'in person' },
  remote: { ru: 'дистанционно', en: 'remote' },
};
