import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateUsers } from './invalidateUsers';

/** Issues a temporary password (answered once) and ends the account's sessions. */
export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/users/{id}/reset-password', {
    onSuccess: () => invalidateUsers(queryClient),
  });
}
