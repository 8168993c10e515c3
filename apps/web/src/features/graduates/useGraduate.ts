import { $api } from '../../shared/api/client';

/**
 * One personal file (GET /api/graduates/{id}): identity, contacts, situation, status,
 * eligibility today and the consent state. Loaded again on opening, so an edit starts from
 * the latest version; every opening is recorded in the audit log by the API.
 */
export function useGraduate(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/graduates/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id), refetchOnMount: 'always' },
  );
}
