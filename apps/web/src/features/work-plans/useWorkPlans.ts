import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { WorkPlanListQuery } from './vocabulary';

/** One page of the institution's plans, filtered on the server, newest period first. */
export function useWorkPlans(query: WorkPlanListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/work-plans',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** One plan with its sections, items and history; every opening is logged by the API. */
export function useWorkPlan(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/work-plans/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

/** The cache key of one plan, to put an answer there without reading it again. */
export const workPlanKey = (id: string) =>
  $api.queryOptions('get', '/api/work-plans/{id}', { params: { path: { id } } }).queryKey;
