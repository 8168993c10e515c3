import type { Schemas } from '@postcare/api-client';

export type LifeDomain = Schemas['LifeDomain'];

/** The life domains in the order users and documents show them (plans and monitoring alike). */
export const LIFE_DOMAINS = [
  'housing',
  'documents',
  'education',
  'employment',
  'health',
  'family',
  'finances',
  'legal',
  'leisure',
  'risk_behaviour',
] as const satisfies readonly LifeDomain[];
