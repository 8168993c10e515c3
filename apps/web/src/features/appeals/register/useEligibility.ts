import { $api } from '../../../shared/api/client';

/** Whether a graduate may be helped on a day (001 §4.1), with the reason in Russian. */
export function useEligibility(graduateId: string | undefined, on: string) {
  return $api.useQuery(
    'get',
    '/api/graduates/{id}/eligibility',
    { params: { path: { id: graduateId ?? '' }, query: { on } } },
    { enabled: Boolean(graduateId) },
  );
}
