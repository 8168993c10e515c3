import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateAppeals } from './invalidateAppeals';

/** Saves changes based on a known version; a stale version (409) reloads the appeal too. */
export function useUpdateAppeal() {
  const queryClient = useQueryClient();
  return $api.useMutation('patch', '/api/appeals/{id}', {
    onSettled: () => invalidateAppeals(queryClient),
  });
}
