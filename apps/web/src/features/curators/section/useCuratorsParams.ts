import { useSearchParams } from 'react-router';
import { CURATOR_STATUSES, type CuratorStatus } from '../vocabulary';

export type CuratorsView = 'curators' | 'training';

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null) => (value && DAY.test(value) ? value : undefined);

/**
 * What the section shows lives in the address (`?q=петр&status=trained&curator=…`,
 * `?view=training&from=2026-01-01&to=2026-03-31`), so a list or a card can be reloaded
 * and sent to a colleague.
 */
export function useCuratorsParams() {
  const [params, setParams] = useSearchParams();
  const current = {
    view: (params.get('view') === 'training' ? 'training' : 'curators') as CuratorsView,
    q: params.get('q')?.trim() || undefined,
    status: CURATOR_STATUSES.find((status) => status === params.get('status')),
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), 20),
    /** The training sessions' period. */
    from: day(params.get('from')),
    to: day(params.get('to')),
    /** The curator whose card is open. */
    curator: params.get('curator') || undefined,
  };

  const write = (changes: Record<string, string | undefined>) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });

  return {
    ...current,
    setView: (view: CuratorsView) =>
      write({ view: view === 'curators' ? undefined : view, page: undefined }),
    /** Changing a filter starts again from the first page. */
    setFilters: (changes: {
      q?: string | null;
      status?: CuratorStatus | null;
      from?: string | null;
      to?: string | null;
    }) =>
      write({
        ...Object.fromEntries(
          Object.entries(changes).map(([name, value]) => [name, value || undefined]),
        ),
        page: undefined,
      }),
    setPage: (page: number, pageSize: number) =>
      write({
        page: page > 1 ? String(page) : undefined,
        pageSize: pageSize !== 20 ? String(pageSize) : undefined,
      }),
    openCurator: (id: string | undefined) => write({ curator: id }),
  };
}
