import { APPEAL_CHANNELS, APPEAL_STATUSES, type EnumMatches } from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

/** How the graduate reached the service (000 §4.1, 001 §3.1.3). */
export enum AppealChannel {
  InPerson = 'in_person',
  Phone = 'phone',
  Messenger = 'messenger',
  OutreachVisit = 'outreach_visit',
  Letter = 'letter',
}

export enum AppealStatus {
  New = 'new',
  InProgress = 'in_progress',
  Resolved = 'resolved',
  /** Handed to another organisation (employment centre, clinic, guardianship body …). */
  Referred = 'referred',
}
export const APPEAL_CHANNEL_MATCHES_DOMAIN = true satisfies EnumMatches<
  AppealChannel,
  (typeof APPEAL_CHANNELS)[number]
>;
export const APPEAL_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  AppealStatus,
  (typeof APPEAL_STATUSES)[number]
>;
