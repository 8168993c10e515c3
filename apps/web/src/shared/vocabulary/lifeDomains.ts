import type { Schemas } from '@postcare/api-client';

export type LifeDomain = Schemas['LifeDomain'];

/** The life domains in the order users and documents show them (plans and monitoring alike). */
export { LIFE_DOMAINS } from '@postcare/domain';
