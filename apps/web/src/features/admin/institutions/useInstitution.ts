import { $api } from '../../../shared/api/client';

/**
 * One institution by id, cached for a while (names in tables). `fresh` loads it again on
 * mount, for editing on top of the latest version.
 */
export function useInstitution(id: string | null | undefined, { fresh = false } = {}) {
  return $api.useQuery(
    'get',
    '/api/institutions/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id), staleTime: 5 * 60_000, refetchOnMount: fresh ? 'always' : true },
  );
}
