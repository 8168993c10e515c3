import type { operations } from '@postcare/api-client';
import { $api } from '../../../shared/api/client';

export type DictionaryKind = operations['listDictionaryEntries']['parameters']['path']['kind'];

/**
 * A short list (problems, kinds of help) in display order. New records choose among the
 * current entries; filters over history ask for the retired ones too.
 */
export function useDictionary(kind: DictionaryKind, { includeRetired = false } = {}) {
  return $api.useQuery(
    'get',
    '/api/dictionaries/{kind}',
    { params: { path: { kind }, query: includeRetired ? { includeRetired } : {} } },
    { staleTime: 10 * 60_000 },
  );
}
