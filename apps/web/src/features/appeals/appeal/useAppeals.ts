import type { operations } from '@postcare/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { numberedPage } from '../../../shared/api/numberedPage';

export type AppealListQuery = NonNullable<operations['listAppeals']['parameters']['query']>;

/** One page of the appeal journal, newest first, filtered on the server. */
export function useAppeals(query: AppealListQuery) {
  const result = $api.useQuery(
    'get',
    '/api/appeals',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
  return { ...result, data: result.data && numberedPage(result.data) };
}
