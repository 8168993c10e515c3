import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateGraduates } from '../invalidateGraduates';

/**
 * Attaches the scan of a consent or records its withdrawal. Withdrawing the last current
 * consent reduces the file to the minimum and archives its photos and documents.
 */
export function useUpdateConsent() {
  const queryClient = useQueryClient();
  return $api.useMutation('patch', '/api/graduates/{graduateId}/consents/{consentId}', {
    onSettled: () => invalidateGraduates(queryClient),
  });
}
