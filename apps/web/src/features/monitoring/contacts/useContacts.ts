import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';
import type { ContactListQuery } from '../vocabulary';

/** One page of the case log, newest first, filtered by kind and period on the server. */
export function useContacts(graduateId: string, query: ContactListQuery) {
  return $api.useQuery(
    'get',
    '/api/graduates/{graduateId}/contacts',
    { params: { path: { graduateId }, query } },
    { placeholderData: keepPreviousData },
  );
}

function useAfterChange() {
  const queryClient = useQueryClient();
  const reload = () =>
    queryClient.invalidateQueries({ queryKey: ['get', '/api/graduates/{graduateId}/contacts'] });
  return { onSuccess: reload, onError: reload };
}

export const useCreateContact = () =>
  $api.useMutation('post', '/api/graduates/{graduateId}/contacts', useAfterChange());

export const useUpdateContact = () =>
  $api.useMutation('patch', '/api/graduates/{graduateId}/contacts/{contactId}', useAfterChange());
