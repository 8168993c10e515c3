import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateAppeals } from './invalidateAppeals';

/** Registers an appeal; an ineligible graduate is refused with 409 `not-eligible`. */
export function useCreateAppeal() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/appeals', {
    onSuccess: () => invalidateAppeals(queryClient),
  });
}
