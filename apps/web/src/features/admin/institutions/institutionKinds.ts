import type { Schemas } from '@postcare/api-client';

export type InstitutionKind = Schemas['InstitutionKind'];

/** The shared vocabulary (codes and words in @postcare/domain). */
export { INSTITUTION_KINDS } from '@postcare/domain';
