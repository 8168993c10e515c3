import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { reportKey } from './useReports';
import type { Report } from './vocabulary';

/** The list and the calendar show statuses: read them again after any change. */
function invalidateLists(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['get', '/api/reports'] }),
    queryClient.invalidateQueries({ queryKey: ['get', '/api/reports/calendar'] }),
  ]);
}

/**
 * Every change answers the whole report: keep it (with its new version, which the next
 * change is based on) and reload the lists; after a refusal reload the report too, so a
 * stale version is replaced by the current one.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (report: Report) => {
      queryClient.setQueryData(reportKey(report.id), report);
      return invalidateLists(queryClient);
    },
    onError: () =>
      Promise.all([
        invalidateLists(queryClient),
        queryClient.invalidateQueries({ queryKey: ['get', '/api/reports/{id}'] }),
      ]),
  };
}

export const useCreateReport = () => $api.useMutation('post', '/api/reports', useAfterChange());
export const useUpdateReport = () =>
  $api.useMutation('patch', '/api/reports/{id}', useAfterChange());
export const useSubmitReport = () =>
  $api.useMutation('post', '/api/reports/{id}/submit', useAfterChange());
export const useAcceptReport = () =>
  $api.useMutation('post', '/api/reports/{id}/accept', useAfterChange());
export const useReturnReport = () =>
  $api.useMutation('post', '/api/reports/{id}/return', useAfterChange());
