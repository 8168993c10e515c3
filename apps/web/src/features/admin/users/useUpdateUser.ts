import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateUsers } from './invalidateUsers';

/** Saves changes based on a known version; a stale version (409) reloads the data too. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return $api.useMutation('patch', '/api/users/{id}', {
    onSettled: () => invalidateUsers(queryClient),
  });
}
