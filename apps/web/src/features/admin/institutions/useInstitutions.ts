import type { operations } from '@postcare/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';

export type InstitutionListQuery = NonNullable<
  operations['listInstitutions']['parameters']['query']
>;

/** One page of institutions (all of them for administrators, the own one for others). */
export function useInstitutions(query: InstitutionListQuery) {
  return $api.useQuery(
    'get',
    '/api/institutions',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
}
