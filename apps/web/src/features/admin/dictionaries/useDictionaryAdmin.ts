import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../shared/api/client';

export type DictionaryPathKind = 'problem' | 'service-kind';
const LIST = '/api/dictionaries/{kind}';

/** Every entry of a list, retired ones included, in display order. */
export function useDictionaryEntries(kind: DictionaryPathKind) {
  return $api.useQuery('get', LIST, {
    params: { path: { kind }, query: { includeRetired: true } },
  });
}

/** Adding, renaming, reordering, retiring and restoring; every list using the entries reloads. */
export function useDictionaryChanges() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ['get', LIST] });
  return {
    create: $api.useMutation('post', LIST, { onSettled }),
    update: $api.useMutation('patch', `${LIST}/{id}`, { onSettled }),
    retire: $api.useMutation('post', `${LIST}/{id}/retire`, { onSettled }),
    restore: $api.useMutation('post', `${LIST}/{id}/restore`, { onSettled }),
  };
}
