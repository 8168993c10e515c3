import { CURATOR_STATUSES, type EnumMatches } from '@postcare/domain';

// Codes and words live in @postcare/domain; this enum serves TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` line stops the build when the enum and its vocabulary differ.

export enum CuratorStatus {
  Candidate = 'candidate',
  /** Attended the institution's required hours of training. */
  Trained = 'trained',
  /** Approved by the head: may be assigned to graduates. */
  Approved = 'approved',
  /** Has (or had) graduates assigned. */
  Active = 'active',
  /** Temporarily not working: no access to the graduates until resumed. */
  Paused = 'paused',
  Left = 'left',
}

export const CURATOR_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  CuratorStatus,
  (typeof CURATOR_STATUSES)[number]
>;
