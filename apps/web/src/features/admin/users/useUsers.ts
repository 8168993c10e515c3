import type { operations } from '@postcare/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';

export type UserListQuery = NonNullable<operations['listUsers']['parameters']['query']>;

/** One page of staff accounts, filtered and searched on the server. */
export function useUsers(query: UserListQuery) {
  return $api.useQuery(
    'get',
    '/api/users',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
}
