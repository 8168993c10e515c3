import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { invalidateGraduates } from './invalidateGraduates';

/** Registers a person; a 409 `duplicate-person` names the existing file (`existingId`). */
export function useCreateGraduate() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/graduates', {
    onSuccess: () => invalidateGraduates(queryClient),
  });
}
