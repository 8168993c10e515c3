import {
  GROUP_EVENT_KIND_LABELS as KIND_LABELS,
  GROUP_EVENT_KINDS,
  GROUP_EVENT_STATUS_LABELS as STATUS_LABELS,
  GROUP_EVENT_STATUSES,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

/** Kinds of group work with graduates (001 §3.1.2). */
export enum GroupEventKind {
  Training = 'training',
  Seminar = 'seminar',
  ClubMeeting = 'club_meeting',
  Evening = 'evening',
  MasterClass = 'master_class',
  Excursion = 'excursion',
  Other = 'other',
}

export enum GroupEventStatus {
  Scheduled = 'scheduled',
  /** Took place; the attendance is confirmed and every present participant has a group service. */
  Held = 'held',
  /** Called off, with the reason; kept. */
  Cancelled = 'cancelled',
}

export const GROUP_EVENT_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  GroupEventKind,
  (typeof GROUP_EVENT_KINDS)[number]
>;

/** Russian words as messages print them (capitalised); codes and words live in @postcare/domain. */
export const GROUP_EVENT_KIND_LABELS = russianWords(KIND_LABELS, { capitalised: true });

export const GROUP_EVENT_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  GroupEventStatus,
  (typeof GROUP_EVENT_STATUSES)[number]
>;

export const GROUP_EVENT_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
