import { useQueryClient } from '@tanstack/react-query';
import type { operations } from '@postcare/api-client';
import { $api } from '../../shared/api/client';
import { reloadCurators } from './useCurators';

type AssignmentQuery = NonNullable<operations['listCuratorAssignments']['parameters']['query']>;

/** Assignments of a curator or of a graduate (of the graduates the user may see), newest first. */
export function useAssignments(query: AssignmentQuery, { enabled = true } = {}) {
  return $api.useQuery('get', '/api/curator-assignments', { params: { query } }, { enabled });
}

/**
 * An assignment changes the curator too (the first makes them active, the count of
 * graduates follows): reload both after it, and after a refusal as well.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['get', '/api/curator-assignments'] }),
      reloadCurators(queryClient),
    ]);
  return { onSuccess: reload, onError: reload };
}

export const useAssignGraduate = () =>
  $api.useMutation('post', '/api/curators/{id}/assignments', useAfterChange());
export const useEndAssignment = () =>
  $api.useMutation('post', '/api/curator-assignments/{id}/end', useAfterChange());
