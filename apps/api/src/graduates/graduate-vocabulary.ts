import { GRADUATE_STATUSES, LEGAL_STATUSES, SEXES, type EnumMatches } from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

export enum Sex {
  Male = 'male',
  Female = 'female',
}
export const SEX_MATCHES_DOMAIN = true satisfies EnumMatches<Sex, (typeof SEXES)[number]>;

export enum LegalStatus {
  Orphan = 'orphan',
  WithoutParentalCare = 'without_parental_care',
  FromAmong = 'from_among',
}
export const LEGAL_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  LegalStatus,
  (typeof LEGAL_STATUSES)[number]
>;

export enum GraduateStatus {
  Preparing = 'preparing',
  UnderSupport = 'under_support',
  OneOff = 'one_off',
  Ended = 'ended',
}
export const GRADUATE_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  GraduateStatus,
  (typeof GRADUATE_STATUSES)[number]
>;
