import { INSTITUTION_KINDS, type EnumMatches } from '@postcare/domain';

// Codes and words live in @postcare/domain; this enum serves TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` line stops the build when the enum and its vocabulary differ.

export enum InstitutionKind {
  ChildrenHome = 'children_home',
  BoardingSchool = 'boarding_school',
  FamilyCenter = 'family_center',
  RegionalCenter = 'regional_center',
  Other = 'other',
}
export const INSTITUTION_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  InstitutionKind,
  (typeof INSTITUTION_KINDS)[number]
>;
