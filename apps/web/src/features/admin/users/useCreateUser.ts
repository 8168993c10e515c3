import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateUsers } from './invalidateUsers';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/users', {
    onSuccess: () => invalidateUsers(queryClient),
  });
}
