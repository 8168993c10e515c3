import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { invalidateGraduates } from './invalidateGraduates';

/** Saves changes based on a known version; a stale version (409) reloads the file too. */
export function useUpdateGraduate() {
  const queryClient = useQueryClient();
  return $api.useMutation('patch', '/api/graduates/{id}', {
    onSettled: () => invalidateGraduates(queryClient),
  });
}
