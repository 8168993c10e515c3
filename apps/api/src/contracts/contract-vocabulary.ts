import {
  CONTRACT_END_REASON_LABELS,
  CONTRACT_END_REASONS,
  CONTRACT_KINDS,
  CONTRACT_STATUS_LABELS as STATUS_LABELS,
  CONTRACT_STATUSES,
  type EnumMatches,
  russianWords,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

export enum ContractKind {
  /** Signed before the pupil leaves the institution (001 §3.1.1). */
  Preliminary = 'preliminary',
  Support = 'support',
}

export enum ContractStatus {
  Draft = 'draft',
  Active = 'active',
  Ended = 'ended',
  /** A draft that was never signed: kept, never deleted. */
  Discarded = 'discarded',
}

export enum ContractEndReason {
  TermExpired = 'term_expired',
  GraduateRequest = 'graduate_request',
  AgeLimit = 'age_limit',
  GoalsReached = 'goals_reached',
  MovedAway = 'moved_away',
  LostContact = 'lost_contact',
  Death = 'death',
  Other = 'other',
  /** Set by the system: a preliminary contract replaced by the support contract. */
  Superseded = 'superseded',
}
export const CONTRACT_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  ContractKind,
  (typeof CONTRACT_KINDS)[number]
>;
export const CONTRACT_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  ContractStatus,
  (typeof CONTRACT_STATUSES)[number]
>;
export const CONTRACT_END_REASON_MATCHES_DOMAIN = true satisfies EnumMatches<
  ContractEndReason,
  (typeof CONTRACT_END_REASONS)[number]
>;

/** Russian words as messages and documents print them, each standing first (capitalised). */
export const CONTRACT_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
export const END_REASON_LABELS = russianWords(CONTRACT_END_REASON_LABELS, { capitalised: true });
