import { $api } from '../../../shared/api/client';

/** One appeal, loaded again on opening so an edit starts from the latest version. */
export function useAppeal(id: string) {
  return $api.useQuery(
    'get',
    '/api/appeals/{id}',
    { params: { path: { id } } },
    { refetchOnMount: 'always' },
  );
}
