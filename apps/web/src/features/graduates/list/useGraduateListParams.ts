import { useSearchParams } from 'react-router';
import type { GraduateListQuery } from '../useGraduates';
import { GRADUATE_STATUSES } from '../vocabulary';

export type GraduateListView = 'all' | 'turning23';

export type GraduateSort = NonNullable<GraduateListQuery['sort']>;
export const GRADUATE_SORTS = [
  'name',
  'birthDate',
  'createdAt',
  'updatedAt',
] as const satisfies readonly GraduateSort[];

export type GraduateListChanges = Partial<GraduateListQuery> & { view?: GraduateListView };

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

/** The list's filters, sorting and page as the address bar holds them (a reload keeps them). */
function queryOf(params: URLSearchParams): GraduateListQuery {
  const pageSize = wholeNumber(params.get('pageSize'), 1, 100);
  return {
    q: params.get('q')?.trim() || undefined,
    status: oneOf(GRADUATE_STATUSES, params.get('status')),
    specialistId: params.get('specialistId') || undefined,
    unassigned: params.get('unassigned') === 'true' || undefined,
    ageFrom: wholeNumber(params.get('ageFrom'), 0, 120),
    ageTo: wholeNumber(params.get('ageTo'), 0, 120),
    archived: params.get('archived') === 'true' || undefined,
    sort: oneOf(GRADUATE_SORTS, params.get('sort')),
    order: oneOf(['asc', 'desc'] as const, params.get('order')),
    page: wholeNumber(params.get('page'), 1, 100_000) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/**
 * The graduates list state kept in the URL search params. Any change but paging returns to
 * the first page; typing in the search box replaces the history entry instead of adding one.
 */
export function useGraduateListParams() {
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const view: GraduateListView = params.get('view') === 'turning23' ? 'turning23' : 'all';

  const change = (changes: GraduateListChanges, { replace = false } = {}) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === '' || value === false)
            next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in changes)) next.delete('page');
        if (next.get('view') === 'all') next.delete('view');
        if (next.get('page') === '1') next.delete('page');
        return next;
      },
      { replace },
    );

  return { query, view, change };
}
