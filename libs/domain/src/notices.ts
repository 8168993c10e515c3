import type { Labels } from './label';

/** Why the guardianship body is informed (000 §7.1.4, 001 §6.2). */
export const NOTICE_TRIGGERS = ['housing', 'threat_life_health', 'other'] as const;
export type NoticeTrigger = (typeof NOTICE_TRIGGERS)[number];
export const NOTICE_TRIGGER_LABELS: Labels<NoticeTrigger> = {
  housing: { ru: 'проблема сохранности жилья', en: 'housing preservation problem' },
  threat_life_health: { ru: 'угроза жизни или здоровью', en: 'threat to life or health' },
  other: { ru: 'другое', en: 'other' },
};

export const NOTICE_STATUSES = ['to_send', 'sent', 'answered', 'cancelled'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Labels<NoticeStatus> = {
  to_send: { ru: 'к отправке', en: 'to send' },
  sent: { ru: 'отправлено', en: 'sent' },
  answered: { ru: 'получен ответ', en: 'answered' },
  cancelled: { ru: 'отменено', en: 'cancelled' },
};

/** What the notice to the guardianship body came from. */
export const NOTICE_SOURCES = ['assessment', 'contact', 'appeal', 'other'] as const;
export type NoticeSource = (typeof NOTICE_SOURCES)[number];
export const NOTICE_SOURCE_LABELS: Labels<NoticeSource> = {
  assessment: { ru: 'оценка ситуации', en: 'assessment of the situation' },
  contact: { ru: 'посещение или контакт', en: 'visit or contact' },
  appeal: { ru: 'обращение', en: 'appeal' },
  other: { ru: 'другое', en: 'other' },
};

/** How the notice was sent. */
export const NOTICE_METHODS = ['letter', 'email', 'interdepartmental'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];
export const NOTICE_METHOD_LABELS: Labels<NoticeMethod> = {
  letter: { ru: 'письмом', en: 'by letter' },
  email: { ru: 'по электронной почте', en: 'by email' },
  interdepartmental: { ru: 'межведомственный запрос', en: 'interdepartmental request' },
};
