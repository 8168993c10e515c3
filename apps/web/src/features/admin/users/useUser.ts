import { $api } from '../../../shared/api/client';

/** One account, loaded again on opening so an edit starts from the latest version. */
export function useUser(id: string) {
  return $api.useQuery(
    'get',
    '/api/users/{id}',
    { params: { path: { id } } },
    { refetchOnMount: 'always' },
  );
}
