import type { Schemas } from '@postcare/api-client';
import { $api } from '../../../shared/api/client';

const ACTIVE = { active: true, pageSize: 100 } as const;

/**
 * The people an appeal can be given to: active specialists and heads of the institution,
 * by name. (Institutions have a few dozen staff at most: one page is the whole list.)
 */
export function useCaseWorkers(): { data: Schemas['UserDto'][]; isFetching: boolean } {
  const specialists = $api.useQuery('get', '/api/users', {
    params: { query: { ...ACTIVE, role: 'specialist' } },
  });
  const heads = $api.useQuery('get', '/api/users', {
    params: { query: { ...ACTIVE, role: 'head' } },
  });
  const data = [...(specialists.data?.items ?? []), ...(heads.data?.items ?? [])].sort((a, b) =>
    a.fullName.localeCompare(b.fullName, 'ru'),
  );
  return { data, isFetching: specialists.isFetching || heads.isFetching };
}
