import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateUsers } from './invalidateUsers';

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/users/{id}/deactivate', {
    onSettled: () => invalidateUsers(queryClient),
  });
}
