import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { planKey } from './usePlans';
import type { Plan } from './vocabulary';

/** Lists a plan change can move: plans, work lists, contracts without an approved plan. */
const AFFECTED = [
  '/api/plans',
  '/api/plan-activities',
  '/api/plans/{id}/revisions',
  '/api/contracts',
];

function invalidateLists(queryClient: QueryClient) {
  return Promise.all(
    AFFECTED.map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })),
  );
}

/**
 * Every plan change answers the whole plan: keep it (with its new version, which the next
 * change is based on) and reload the lists; after a refusal reload the plan too.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (plan: Plan) => {
      queryClient.setQueryData(planKey(plan.id), plan);
      return invalidateLists(queryClient);
    },
    onError: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['get', '/api/plans/{id}'] }),
        invalidateLists(queryClient),
      ]),
  };
}

export const useCreatePlan = () => $api.useMutation('post', '/api/plans', useAfterChange());
export const useUpdatePlan = () => $api.useMutation('patch', '/api/plans/{id}', useAfterChange());
export const useSubmitPlan = () =>
  $api.useMutation('post', '/api/plans/{id}/submit', useAfterChange());
export const useApprovePlan = () =>
  $api.useMutation('post', '/api/plans/{id}/approve', useAfterChange());
export const useReturnPlan = () =>
  $api.useMutation('post', '/api/plans/{id}/return', useAfterChange());

export const useAddActivity = () =>
  $api.useMutation('post', '/api/plans/{planId}/activities', useAfterChange());
export const useUpdateActivity = () =>
  $api.useMutation('patch', '/api/plans/{planId}/activities/{activityId}', useAfterChange());
export const useCompleteActivity = () =>
  $api.useMutation('post', '/api/plans/{planId}/activities/{activityId}/done', useAfterChange());
export const useMoveActivity = () =>
  $api.useMutation('post', '/api/plans/{planId}/activities/{activityId}/move', useAfterChange());
export const useCancelActivity = () =>
  $api.useMutation('post', '/api/plans/{planId}/activities/{activityId}/cancel', useAfterChange());
