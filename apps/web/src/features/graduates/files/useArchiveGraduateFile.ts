import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateGraduates } from '../invalidateGraduates';

/** Archives a photo or a document (files are never deleted). */
export function useArchiveGraduateFile() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/graduates/{graduateId}/files/{fileId}/archive', {
    onSettled: () => invalidateGraduates(queryClient),
  });
}
