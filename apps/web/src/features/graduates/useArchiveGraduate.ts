import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { invalidateGraduates } from './invalidateGraduates';

/** Moves a personal file to the archive with a reason (nothing is ever deleted). */
export function useArchiveGraduate() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/graduates/{id}/archive', {
    onSettled: () => invalidateGraduates(queryClient),
  });
}
