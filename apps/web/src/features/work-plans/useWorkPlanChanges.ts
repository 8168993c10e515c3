import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { workPlanKey } from './useWorkPlans';
import type { WorkPlan } from './vocabulary';

const ONE_PLAN = '/api/work-plans/{id}';

/** The plan id a cached `GET /api/work-plans/{id}` was asked for. */
function planIdOf(query: Query): string | undefined {
  const init = query.queryKey[2] as { params?: { path?: { id?: string } } } | undefined;
  return init?.params?.path?.id;
}

/**
 * The list, and every other plan kept in the cache: moving an item changes the next month's
 * plan, creating a monthly plan takes items over from the previous month.
 */
function invalidateOthers(queryClient: QueryClient, keep?: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['get', '/api/work-plans'] }),
    queryClient.invalidateQueries({
      queryKey: ['get', ONE_PLAN],
      predicate: (query) => planIdOf(query) !== keep,
    }),
  ]);
}

/**
 * Every change answers the whole plan: keep it (with its new version, which the next change
 * is based on) and reload the rest; after a refusal reload the plan too, so a stale version
 * is replaced by the current one.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (plan: WorkPlan) => {
      queryClient.setQueryData(workPlanKey(plan.id), plan);
      return invalidateOthers(queryClient, plan.id);
    },
    onError: () => invalidateOthers(queryClient),
  };
}

export const useCreateWorkPlan = () =>
  $api.useMutation('post', '/api/work-plans', useAfterChange());
export const useSubmitWorkPlan = () =>
  $api.useMutation('post', '/api/work-plans/{id}/submit', useAfterChange());
export const useApproveWorkPlan = () =>
  $api.useMutation('post', '/api/work-plans/{id}/approve', useAfterChange());
export const useReturnWorkPlan = () =>
  $api.useMutation('post', '/api/work-plans/{id}/return', useAfterChange());

export const useAddSection = () =>
  $api.useMutation('post', '/api/work-plans/{planId}/sections', useAfterChange());
export const useUpdateSection = () =>
  $api.useMutation('patch', '/api/work-plans/{planId}/sections/{sectionId}', useAfterChange());

export const useAddItem = () =>
  $api.useMutation('post', '/api/work-plans/{planId}/items', useAfterChange());
export const useUpdateItem = () =>
  $api.useMutation('patch', '/api/work-plans/{planId}/items/{itemId}', useAfterChange());
export const useRemoveItem = () =>
  $api.useMutation('delete', '/api/work-plans/{planId}/items/{itemId}', useAfterChange());
export const useMarkItem = () =>
  $api.useMutation('post', '/api/work-plans/{planId}/items/{itemId}/mark', useAfterChange());
export const useMoveItem = () =>
  $api.useMutation('post', '/api/work-plans/{planId}/items/{itemId}/move', useAfterChange());
