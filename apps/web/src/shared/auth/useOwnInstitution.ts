import { $api } from '../api/client';
import { useCurrentUser } from './useCurrentUser';

/** The signed-in user's institution (time zone, requisites, contract prefix); none for administrators. */
export function useOwnInstitution() {
  const institutionId = useCurrentUser().data?.institution?.id;
  return $api.useQuery(
    'get',
    '/api/institutions/{id}',
    { params: { path: { id: institutionId ?? '' } } },
    { enabled: Boolean(institutionId), staleTime: 5 * 60_000 },
  );
}
