import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';

/** How often the bell asks for the unread count (the header is always on screen). */
const POLL_MS = 60_000;
/** The newest ones shown when the bell is opened. */
const LIST_SIZE = 20;

/** The bell's number; polled every minute, and again when the window regains focus. */
export function useUnreadCount() {
  return $api.useQuery('get', '/api/notifications/unread-count', {}, { refetchInterval: POLL_MS });
}

/** The newest notifications, read while the list is open. */
export function useNotifications(enabled: boolean) {
  return $api.useQuery(
    'get',
    '/api/notifications',
    { params: { query: { pageSize: LIST_SIZE } } },
    { enabled },
  );
}

/** After marking: the list and the count both change. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSettled: () =>
      Promise.all(
        ['/api/notifications', '/api/notifications/unread-count'].map((path) =>
          queryClient.invalidateQueries({ queryKey: ['get', path] }),
        ),
      ),
  };
}

export const useMarkRead = () =>
  $api.useMutation('post', '/api/notifications/{id}/read', useAfterChange());
export const useMarkAllRead = () =>
  $api.useMutation('post', '/api/notifications/read-all', useAfterChange());
