import {
  NOTICE_METHODS,
  NOTICE_SOURCES,
  NOTICE_STATUS_LABELS as STATUS_LABELS,
  NOTICE_STATUSES,
  NOTICE_TRIGGERS,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM
// and Swagger, and the `*_MATCHES_DOMAIN` lines stop the build when they differ.

export enum NoticeTrigger {
  /** A problem with preserving the graduate's housing (000 §7.1.4, 001 §6.2). */
  Housing = 'housing',
  /** A threat to life or health (001 §6.2: for graduates under 18). */
  ThreatLifeHealth = 'threat_life_health',
  Other = 'other',
}

export enum NoticeSource {
  Assessment = 'assessment',
  Contact = 'contact',
  Appeal = 'appeal',
  Other = 'other',
}

export enum NoticeMethod {
  Letter = 'letter',
  Email = 'email',
  Interdepartmental = 'interdepartmental',
}

export enum NoticeStatus {
  ToSend = 'to_send',
  Sent = 'sent',
  Answered = 'answered',
  /** Opened by mistake: kept, never deleted. */
  Cancelled = 'cancelled',
}
export const NOTICE_TRIGGER_MATCHES_DOMAIN = true satisfies EnumMatches<
  NoticeTrigger,
  (typeof NOTICE_TRIGGERS)[number]
>;
export const NOTICE_SOURCE_MATCHES_DOMAIN = true satisfies EnumMatches<
  NoticeSource,
  (typeof NOTICE_SOURCES)[number]
>;
export const NOTICE_METHOD_MATCHES_DOMAIN = true satisfies EnumMatches<
  NoticeMethod,
  (typeof NOTICE_METHODS)[number]
>;
export const NOTICE_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  NoticeStatus,
  (typeof NOTICE_STATUSES)[number]
>;

/** Russian words as messages print them (capitalised). */
export const NOTICE_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
