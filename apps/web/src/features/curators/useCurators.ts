import { keepPreviousData, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { Curator, CuratorListQuery } from './vocabulary';

/** One page of candidates and curators, by name; searched and filtered on the server. */
export function useCurators(query: CuratorListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/curators',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** One candidate or curator (the API logs the read). */
export function useCurator(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/curators/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

export function useCuratorHistory(id: string) {
  return $api.useQuery('get', '/api/curators/{id}/history', { params: { path: { id } } });
}

const curatorKey = (id: string) =>
  $api.queryOptions('get', '/api/curators/{id}', { params: { path: { id } } }).queryKey;

/** Everything that shows a curator's status, hours or load. */
export function reloadCurators(queryClient: QueryClient) {
  return Promise.all(
    ['/api/curators', '/api/curators/{id}', '/api/curators/{id}/history'].map((path) =>
      queryClient.invalidateQueries({ queryKey: ['get', path] }),
    ),
  );
}

/**
 * Every curator change answers the whole curator: keep it (the next change is based on its
 * version) and reload the lists; after a refusal (a stale version) reload the card too.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (curator: Curator) => {
      queryClient.setQueryData(curatorKey(curator.id), curator);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['get', '/api/curators'] }),
        queryClient.invalidateQueries({ queryKey: ['get', '/api/curators/{id}/history'] }),
      ]);
    },
    onError: () => reloadCurators(queryClient),
  };
}

export const useCreateCurator = () => $api.useMutation('post', '/api/curators', useAfterChange());
export const useUpdateCurator = () =>
  $api.useMutation('patch', '/api/curators/{id}', useAfterChange());
export const useApproveCurator = () =>
  $api.useMutation('post', '/api/curators/{id}/approve', useAfterChange());
export const usePauseCurator = () =>
  $api.useMutation('post', '/api/curators/{id}/pause', useAfterChange());
export const useResumeCurator = () =>
  $api.useMutation('post', '/api/curators/{id}/resume', useAfterChange());
export const useCuratorLeaves = () =>
  $api.useMutation('post', '/api/curators/{id}/leave', useAfterChange());

/** The account answers the curator and the temporary password (shown once, never kept). */
export function useCreateCuratorAccount() {
  const queryClient = useQueryClient();
  const after = useAfterChange();
  return $api.useMutation('post', '/api/curators/{id}/account', {
    onSuccess: ({ curator }) => after.onSuccess(curator),
    onError: () => reloadCurators(queryClient),
  });
}
