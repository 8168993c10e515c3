import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateUsers } from './invalidateUsers';

/** Activates an account again (this also lifts a lockout after wrong passwords). */
export function useActivateUser() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/users/{id}/activate', {
    onSettled: () => invalidateUsers(queryClient),
  });
}
