import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';

/** The graduates assigned to the signed-in curator today. */
export const useMyGraduates = () => $api.useQuery('get', '/api/curator-portal/graduates');

/** One of them, with the plan activities given to the curator. */
export function useMyGraduate(id: string) {
  return $api.useQuery('get', '/api/curator-portal/graduates/{id}', {
    params: { path: { id } },
  });
}

/** The case-log entries the curator wrote about the graduate, newest first. */
export function useMyContacts(graduateId: string) {
  return $api.useQuery('get', '/api/curator-portal/graduates/{id}/contacts', {
    params: { path: { id: graduateId } },
  });
}

/** Contacts and completed activities change the counts on the list and the card too. */
function useReloadAll() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all(
      [
        '/api/curator-portal/graduates',
        '/api/curator-portal/graduates/{id}',
        '/api/curator-portal/graduates/{id}/contacts',
      ].map((path) => queryClient.invalidateQueries({ queryKey: ['get', path] })),
    );
  return { onSuccess: reload, onError: reload };
}

export const useAddMyContact = () =>
  $api.useMutation('post', '/api/curator-portal/graduates/{id}/contacts', useReloadAll());

export const useCompleteMyActivity = () =>
  $api.useMutation('post', '/api/curator-portal/activities/{id}/complete', useReloadAll());
