import { keepPreviousData, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import type { EventListQuery, GroupEvent } from './vocabulary';

/** One page of events of the institution, newest first; filtered on the server. */
export function useEvents(query: EventListQuery) {
  return $api.useQuery(
    'get',
    '/api/events',
    { params: { query } },
    { placeholderData: keepPreviousData },
  );
}

/** One event with its participants and history (the read is logged by the API). */
export function useEvent(id: string | undefined) {
  return $api.useQuery(
    'get',
    '/api/events/{id}',
    { params: { path: { id: id ?? '' } } },
    { enabled: Boolean(id) },
  );
}

const eventKey = (id: string) =>
  $api.queryOptions('get', '/api/events/{id}', { params: { path: { id } } }).queryKey;

/**
 * Lists that change with an event: the events, and — once it is held — the services of
 * its participants (each present one gets a group service).
 */
function invalidateLists(queryClient: QueryClient) {
  return Promise.all(
    ['/api/events', '/api/services'].map((path) =>
      queryClient.invalidateQueries({ queryKey: ['get', path] }),
    ),
  );
}

/**
 * Every change answers the whole event: keep it (the next change is based on its version)
 * and reload the lists; after a refusal (e.g. a stale version) reload the event too.
 */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (event: GroupEvent) => {
      queryClient.setQueryData(eventKey(event.id), event);
      return invalidateLists(queryClient);
    },
    onError: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['get', '/api/events/{id}'] }),
        invalidateLists(queryClient),
      ]),
  };
}

export const useCreateEvent = () => $api.useMutation('post', '/api/events', useAfterChange());
export const useUpdateEvent = () => $api.useMutation('patch', '/api/events/{id}', useAfterChange());
export const useHoldEvent = () =>
  $api.useMutation('post', '/api/events/{id}/hold', useAfterChange());
export const useCancelEvent = () =>
  $api.useMutation('post', '/api/events/{id}/cancel', useAfterChange());
