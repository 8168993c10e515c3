import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateInstitutions } from './invalidateInstitutions';

/** Saves changes based on a known version; a stale version (409) reloads the data too. */
export function useUpdateInstitution() {
  const queryClient = useQueryClient();
  return $api.useMutation('patch', '/api/institutions/{id}', {
    onSettled: () => invalidateInstitutions(queryClient),
  });
}
