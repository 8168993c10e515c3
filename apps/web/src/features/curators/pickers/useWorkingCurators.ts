import { $api } from '../../../shared/api/client';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { LIMITS } from '../vocabulary';

const query = (status: 'approved' | 'active') => ({
  params: { query: { status, pageSize: LIMITS.attendees } },
});

/**
 * The curators who may be named on an activity, a case-log entry or an event: approved
 * and working ones (the API refuses others with 400 on the field), sorted by name. Asked
 * only of users who may read curators.
 */
export function useWorkingCurators() {
  const { can } = usePermissions();
  const enabled = can('curators.read');
  const options = { enabled, staleTime: 60_000 };
  const approved = $api.useQuery('get', '/api/curators', query('approved'), options);
  const active = $api.useQuery('get', '/api/curators', query('active'), options);
  const curators = [...(active.data?.items ?? []), ...(approved.data?.items ?? [])].sort((a, b) =>
    a.fullName.localeCompare(b.fullName, 'ru'),
  );
  return { enabled, curators, isLoading: approved.isLoading || active.isLoading };
}
