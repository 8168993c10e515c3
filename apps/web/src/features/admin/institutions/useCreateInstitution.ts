import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateInstitutions } from './invalidateInstitutions';

export function useCreateInstitution() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/institutions', {
    onSuccess: () => invalidateInstitutions(queryClient),
  });
}
