import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { ReferralListQuery } from './vocabulary';

/** One page of referrals, newest first, filtered on the server (graduate, partner, status). */
export function useReferrals(query: ReferralListQuery, { enabled = true } = {}) {
  return $api.useQuery(
    'get',
    '/api/referrals',
    { params: { query } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/**
 * Every referral change answers the whole referral: reload the lists that show it (the
 * graduate's, the partner's, the section's); after a refusal reload them too, so the next
 * try starts from the current version.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all(
      ['/api/referrals', '/api/referrals/{id}'].map((path) =>
        queryClient.invalidateQueries({ queryKey: ['get', path] }),
      ),
    );
  return { onSuccess: () => reload(), onError: () => reload() };
}

export const useCreateReferral = () => $api.useMutation('post', '/api/referrals', useAfterChange());
export const useAcceptReferral = () =>
  $api.useMutation('post', '/api/referrals/{id}/accept', useAfterChange());
export const useCompleteReferral = () =>
  $api.useMutation('post', '/api/referrals/{id}/complete', useAfterChange());
export const useDeclineReferral = () =>
  $api.useMutation('post', '/api/referrals/{id}/decline', useAfterChange());
