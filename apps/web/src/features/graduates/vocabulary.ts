import type { Schemas } from '@postcare/api-client';

/** The shared vocabulary (codes and words in @postcare/domain). */
export {
  GRADUATE_STATUSES,
  LEGAL_STATUSES,
  PARTNER_KINDS,
  SEXES,
  type PartnerKind,
} from '@postcare/domain';

/** The API's other closed lists, in the order pickers show them; labels are in the dictionaries. */

export type Employment = NonNullable<Schemas['EmploymentDto']['status']>;
export const EMPLOYMENT_STATUSES = [
  'employed',
  'unemployed',
  'looking',
  'not_looking',
  'maternity_leave',
  'military_service',
] as const satisfies readonly Employment[];

export type Housing = NonNullable<Schemas['HousingDto']['type']>;
export const HOUSING_TYPES = [
  'own',
  'specialized_fund',
  'rented',
  'dormitory',
  'relatives',
  'social_institution',
  'none',
  'other',
] as const satisfies readonly Housing[];

export type Marital = NonNullable<Schemas['FamilyDto']['maritalStatus']>;
export const MARITAL_STATUSES = [
  'single',
  'married',
  'cohabiting',
  'divorced',
] as const satisfies readonly Marital[];

export type DisabilityGroup = NonNullable<Schemas['DisabilityDto']['group']>;
export const DISABILITY_GROUPS = ['I', 'II', 'III'] as const satisfies readonly DisabilityGroup[];

/** Limits the API checks, mirrored in the forms. */
export const NAME_PATTERN = /^[\p{L}][\p{L}\s'-]*$/u;
export const PHONE_PATTERN = /^[+\d][\d\s()-]{4,24}$/;
export const MAX_PHONES = 5;
export const MAX_SOCIAL_NETWORKS = 5;
