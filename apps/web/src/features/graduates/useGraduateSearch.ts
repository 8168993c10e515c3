import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../shared/api/client';
import { numberedPage } from '../../shared/api/numberedPage';

/** How many people a name search offers at most. */
export const GRADUATE_SEARCH_LIMIT = 10;

/**
 * Finds personal files by name (GET /api/graduates?q=…&pageSize=10). The server forgives
 * case, ё/е and small typos and puts the closest names first. Nothing is asked while `q`
 * is blank; debounce `q` (shared/ui/useDebouncedValue) when it follows typing.
 */
export function useGraduateSearch(q: string) {
  const trimmed = q.trim();
  const result = $api.useQuery(
    'get',
    '/api/graduates',
    { params: { query: { q: trimmed, pageSize: GRADUATE_SEARCH_LIMIT } } },
    { enabled: trimmed.length > 0, placeholderData: keepPreviousData },
  );
  return { ...result, data: result.data && numberedPage(result.data) };
}
