import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';

const REQUESTS = '/api/graduates/{graduateId}/subject-requests';

export function useSubjectRequests(graduateId: string) {
  return $api.useQuery('get', REQUESTS, { params: { path: { graduateId } } });
}

function useRefetchRequests() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['get', REQUESTS] });
}

export function useCreateSubjectRequest() {
  const refetch = useRefetchRequests();
  return $api.useMutation('post', REQUESTS, { onSuccess: refetch });
}

export function useAnswerSubjectRequest() {
  const refetch = useRefetchRequests();
  return $api.useMutation(
    'patch',
    '/api/graduates/{graduateId}/subject-requests/{requestId}/answer',
    {
      onSuccess: refetch,
    },
  );
}

export function useRetention() {
  return $api.useQuery('get', '/api/privacy/retention');
}

export function useDestructionActs() {
  return $api.useQuery('get', '/api/privacy/retention/acts');
}

/** Destruction changes the files, the retention list and the acts: all are read again. */
export function useDestroyPersonalData() {
  const queryClient = useQueryClient();
  return $api.useMutation('post', '/api/privacy/retention/destroy', {
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
