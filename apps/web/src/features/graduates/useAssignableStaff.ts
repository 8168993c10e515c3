import { $api } from '../../shared/api/client';

const ACTIVE_STAFF = { active: true, pageSize: 100 } as const;

/**
 * Who may be responsible for a file: the active specialists and heads of the own
 * institution (the API refuses anyone else), sorted by name.
 */
export function useAssignableStaff() {
  const specialists = $api.useQuery(
    'get',
    '/api/users',
    { params: { query: { ...ACTIVE_STAFF, role: 'specialist' } } },
    { staleTime: 5 * 60_000 },
  );
  const heads = $api.useQuery(
    'get',
    '/api/users',
    { params: { query: { ...ACTIVE_STAFF, role: 'head' } } },
    { staleTime: 5 * 60_000 },
  );
  const staff = [...(specialists.data?.items ?? []), ...(heads.data?.items ?? [])].sort((a, b) =>
    a.fullName.localeCompare(b.fullName, 'ru'),
  );
  return {
    staff,
    isLoading: specialists.isLoading || heads.isLoading,
    error: specialists.error ?? heads.error,
  };
}
