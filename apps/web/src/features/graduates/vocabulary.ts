import type { Schemas } from '@postcare/api-client';

/** The shared vocabulary (codes and words in @postcare/domain). */
export {
  EMPLOYMENT_STATUSES,
  GRADUATE_STATUSES,
  HOUSING_TYPES,
  LEGAL_STATUSES,
  MARITAL_STATUSES,
  PARTNER_KINDS,
  SEXES,
  type PartnerKind,
} from '@postcare/domain';

/** The situation lists' types as the API names them. */
export type Employment = NonNullable<Schemas['EmploymentDto']['status']>;
export type Housing = NonNullable<Schemas['HousingDto']['type']>;
export type Marital = NonNullable<Schemas['FamilyDto']['maritalStatus']>;

/** Disability groups are written as numerals, not words. */
export type DisabilityGroup = NonNullable<Schemas['DisabilityDto']['group']>;
export const DISABILITY_GROUPS = ['I', 'II', 'III'] as const satisfies readonly DisabilityGroup[];

/** Limits the API checks, mirrored in the forms. */
export const NAME_PATTERN = /^[\p{L}][\p{L}\s'-]*$/u;
export const PHONE_PATTERN = /^[+\d][\d\s()-]{4,24}$/;
export const MAX_PHONES = 5;
export const MAX_SOCIAL_NETWORKS = 5;
