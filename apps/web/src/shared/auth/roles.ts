import type { Role } from '@postcare/api-client';

/**
 * The roles a user account may be given, in the order pickers show them (an integration's
 * role comes with its API client); codes and words are in @postcare/domain.
 */
export const ROLES = [
  'head',
  'specialist',
  'curator',
  'supervisor',
  'regional',
  'admin',
] as const satisfies readonly Role[];
