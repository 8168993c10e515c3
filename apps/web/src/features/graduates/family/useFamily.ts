import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';

const RELATIVES = '/api/graduates/{graduateId}/relatives';
const DOCUMENTS = '/api/graduates/{graduateId}/identity-documents';

export function useRelatives(graduateId: string, includeArchived: boolean) {
  return $api.useQuery('get', RELATIVES, {
    params: { path: { graduateId }, query: { includeArchived } },
  });
}

export function useIdentityDocuments(graduateId: string, includeArchived: boolean) {
  return $api.useQuery('get', DOCUMENTS, {
    params: { path: { graduateId }, query: { includeArchived } },
  });
}

/** After any change the lists of both parts load again (they are shown side by side). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [RELATIVES, DOCUMENTS].map((path) =>
        queryClient.invalidateQueries({ queryKey: ['get', path] }),
      ),
    );
}

export function useSaveRelative() {
  const onSettled = useRefresh();
  return {
    create: $api.useMutation('post', RELATIVES, { onSettled }),
    update: $api.useMutation('patch', `${RELATIVES}/{id}`, { onSettled }),
    archive: $api.useMutation('post', `${RELATIVES}/{id}/archive`, { onSettled }),
  };
}

export function useSaveIdentityDocument() {
  const onSettled = useRefresh();
  return {
    create: $api.useMutation('post', DOCUMENTS, { onSettled }),
    update: $api.useMutation('patch', `${DOCUMENTS}/{id}`, { onSettled }),
    archive: $api.useMutation('post', `${DOCUMENTS}/{id}/archive`, { onSettled }),
  };
}
