import type { Permission } from '@postcare/api-client';
import { useCurrentUser } from './useCurrentUser';

/** Whether the signed-in user holds a permission; the SPA hides what the API would refuse. */
export function usePermissions(): { can: (...anyOf: Permission[]) => boolean } {
  const granted = useCurrentUser().data?.permissions ?? [];
  return { can: (...anyOf) => anyOf.some((permission) => granted.includes(permission)) };
}
