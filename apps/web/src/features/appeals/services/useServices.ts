import type { operations } from '@postcare/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import { numberedPage } from '../../../shared/api/numberedPage';

export type ServiceListQuery = NonNullable<operations['listServices']['parameters']['query']>;

/** One page of help given (newest first): of a graduate, of an appeal, of a period. */
export function useServices(query: ServiceListQuery) {
  const result = $api.useQuery(
    'get',
    '/api/services',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
  return { ...result, data: result.data && numberedPage(result.data) };
}
