import { RELATIVE_KINDS, type EnumMatches } from '@postcare/domain';

/** Who a relative or a significant adult is to the graduate. */
export enum RelativeKind {
  Mother = 'mother',
  Father = 'father',
  Sibling = 'sibling',
  Grandparent = 'grandparent',
  OtherRelative = 'other_relative',
  FormerGuardian = 'former_guardian',
  SignificantAdult = 'significant_adult',
}
/** Codes and words live in @postcare/domain; the enum serves TypeORM and Swagger. */
export const RELATIVE_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  RelativeKind,
  (typeof RELATIVE_KINDS)[number]
>;
