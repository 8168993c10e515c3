import { $api } from '../../../shared/api/client';

/** Whether the person may get support on a given day (e.g. a planned service date). */
export function useEligibilityOn(id: string, on: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/graduates/{id}/eligibility',
    { params: { path: { id }, query: { on } } },
    { enabled: Boolean(on) },
  );
}
