import {
  EXCEPTION_ORDER_STATUS_LABELS as STATUS_LABELS,
  EXCEPTION_ORDER_STATUSES,
  ORDERED_BY,
  russianWords,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

/** Who signed the order (001 §4.1.3: the director of the institution or the head of the service). */
export enum OrderedBy {
  Director = 'director',
  Head = 'head',
}

export enum ExceptionOrderStatus {
  /** Asked for by a specialist: it does not count until the head confirms it. */
  Requested = 'requested',
  Confirmed = 'confirmed',
  Rejected = 'rejected',
}

export const ORDERED_BY_MATCHES_DOMAIN = true satisfies EnumMatches<
  OrderedBy,
  (typeof ORDERED_BY)[number]
>;
export const EXCEPTION_ORDER_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  ExceptionOrderStatus,
  (typeof EXCEPTION_ORDER_STATUSES)[number]
>;

/** Russian words as messages print them (capitalised). */
export const EXCEPTION_ORDER_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
