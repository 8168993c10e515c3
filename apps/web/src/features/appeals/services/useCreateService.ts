import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { invalidateAppeals } from '../appeal/invalidateAppeals';

/** Records help given; an ineligible graduate is refused with 409 `not-eligible`. */
export function useCreateService() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/services', {
    onSuccess: () => invalidateAppeals(queryClient),
  });
}
