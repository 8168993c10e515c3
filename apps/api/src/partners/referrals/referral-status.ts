import {
  REFERRAL_STATUS_LABELS as STATUS_LABELS,
  REFERRAL_STATUSES,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; this enum serves TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` line stops the build when the enum and its vocabulary differ.

export enum ReferralStatus {
  Sent = 'sent',
  Accepted = 'accepted',
  Done = 'done',
  Declined = 'declined',
}

export const REFERRAL_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  ReferralStatus,
  (typeof REFERRAL_STATUSES)[number]
>;

/** Russian words as messages print them (capitalised); codes and words live in @postcare/domain. */
export const REFERRAL_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
