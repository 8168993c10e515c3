import { ROLES as ALL_ROLES, type Role } from '@postcare/domain';

/**
 * The roles a user account may be given, in the order pickers show them: all but an
 * integration's, which comes with its API client.
 */
export const ROLES = ALL_ROLES.filter(
  (role): role is Exclude<Role, 'integration'> => role !== 'integration',
);
