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

/**
 * Registers an appeal answered at once: resolved, with the help given, in one request (so
 * the journal never shows it «new» once the help is recorded).
 */
export function useRegisterAppealWithHelp() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/appeals/with-help', {
    onSuccess: () => invalidateAppeals(queryClient),
  });
}
