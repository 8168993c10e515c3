import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateGraduates } from '../invalidateGraduates';

/** Records a signed consent: from then on the file may keep more than the minimum. */
export function useCreateConsent() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/graduates/{graduateId}/consents', {
    onSuccess: () => invalidateGraduates(queryClient),
  });
}
