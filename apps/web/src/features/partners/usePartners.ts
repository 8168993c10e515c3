import { keepPreviousData, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { Partner, PartnerListQuery } from './vocabulary';

/** One page of the directory, by name; searched and filtered on the server. */
export function usePartners(query: PartnerListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/partners',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** One organisation of the directory. */
export function usePartner(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/partners/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

/** The cache key of one partner, to keep an answer there without reading it again. */
const partnerKey = (id: string) =>
  $api.queryOptions('get', '/api/partners/{id}', { params: { path: { id } } }).queryKey;

/** Lists that show a partner: the directory, and referrals (by the partner's name and kind). */
function invalidateLists(queryClient: QueryClient) {
  return Promise.all(
    ['/api/partners', '/api/referrals'].map((path) =>
      queryClient.invalidateQueries({ queryKey: ['get', path] }),
    ),
  );
}

/**
 * Every partner change answers the whole partner: keep it (the next change is based on
 * its version) and reload the lists; after a refusal (a stale version) reload it too.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (partner: Partner) => {
      queryClient.setQueryData(partnerKey(partner.id), partner);
      return invalidateLists(queryClient);
    },
    onError: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['get', '/api/partners/{id}'] }),
        invalidateLists(queryClient),
      ]),
  };
}

export const useCreatePartner = () => $api.useMutation('post', '/api/partners', useAfterChange());
export const useUpdatePartner = () =>
  $api.useMutation('patch', '/api/partners/{id}', useAfterChange());
export const useArchivePartner = () =>
  $api.useMutation('post', '/api/partners/{id}/archive', useAfterChange());
