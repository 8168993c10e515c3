import type { operations } from '@postcare/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { numberedPage } from '../../shared/api/numberedPage';

export type GraduateListQuery = NonNullable<operations['listGraduates']['parameters']['query']>;

/** One page of personal files, searched, filtered and sorted on the server. */
export function useGraduates(query: GraduateListQuery) {
  const result = $api.useQuery(
    'get',
    '/api/graduates',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
  return { ...result, data: result.data && numberedPage(result.data) };
}
