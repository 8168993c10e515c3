import type { Role } from '@postcare/api-client';

/** Every role, in the order pickers show them; labels are `roles.<role>` in the dictionaries. */
export const ROLES = [
  'head',
  'specialist',
  'curator',
  'supervisor',
  'regional',
  'admin',
] as const satisfies readonly Role[];
