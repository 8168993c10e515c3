import type { Schemas } from '@postcare/api-client';

export type InstitutionKind = Schemas['InstitutionKind'];

/** Labels are `institutions.kinds.<kind>` in the dictionaries. */
export const INSTITUTION_KINDS = [
  'children_home',
  'boarding_school',
  'family_center',
  'regional_center',
  'other',
] as const satisfies readonly InstitutionKind[];
