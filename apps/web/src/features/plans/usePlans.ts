import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { ActivityListQuery, PlanListQuery } from './vocabulary';

/** One page of plans, filtered on the server. */
export function usePlans(query: PlanListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/plans',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** The plan of one contract (a contract has one plan at most). */
export function useContractPlan(contractId: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/plans',
    { params: { query: { contractId: contractId ?? '', pageSize: 1 } } },
    { enabled: Boolean(contractId), select: (page) => page.items[0] ?? null },
  );
}

/** One plan with goals, activities and history; every opening is logged by the API. */
export function usePlan(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/plans/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

/** The cache key of one plan, to put an answer there without reading it again. */
export const planKey = (id: string) =>
  $api.queryOptions('get', '/api/plans/{id}', { params: { path: { id } } }).queryKey;

/** Revisions since the first approval, each with what changed against the previous one. */
export function usePlanRevisions(id: string, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/plans/{id}/revisions',
    { params: { path: { id } } },
    { enabled },
  );
}

/** The plan as it stood in one revision. */
export function usePlanRevision(id: string, number: number) {
  return $api.useQuery('get', '/api/plans/{id}/revisions/{number}', {
    params: { path: { id, number } },
  });
}

/** Open activities across the plans the user may see: overdue, this week, or all. */
export function usePlanActivities(query: ActivityListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/plan-activities',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}
