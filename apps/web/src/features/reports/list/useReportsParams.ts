import { useSearchParams } from 'react-router';
import {
  REPORT_KINDS,
  REPORT_STATUSES,
  YEAR_RANGE,
  type ReportKind,
  type ReportStatus,
} from '../vocabulary';

export type ReportsTab = 'list' | 'calendar';

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((item) => item === value);

const yearOf = (value: string | null): number | undefined => {
  if (!value) return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
    ? year
    : undefined;
};

/**
 * What the section shows lives in the address (`?kind=department_monthly&status=returned`,
 * `?tab=calendar&year=2026`), so it can be reloaded and sent. The list shows every year
 * unless one is chosen; the calendar the chosen year or the current one.
 */
export function useReportsParams() {
  const [params, setParams] = useSearchParams();
  const current = {
    tab: oneOf<ReportsTab>(params.get('tab'), ['list', 'calendar']) ?? 'list',
    year: yearOf(params.get('year')),
    kind: oneOf<ReportKind>(params.get('kind'), REPORT_KINDS),
    status: oneOf<ReportStatus>(params.get('status'), REPORT_STATUSES),
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), 20),
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
    setTab: (tab: ReportsTab) => write({ tab: tab === 'list' ? undefined : tab, page: undefined }),
    /** Changing a filter starts again from the first page. */
    setFilters: (changes: {
      year?: number | null;
      kind?: ReportKind | null;
      status?: ReportStatus | null;
    }) =>
      write({
        ...Object.fromEntries(
          Object.entries(changes).map(([name, value]) => [
            name,
            value === null || value === undefined ? undefined : String(value),
          ]),
        ),
        page: undefined,
      }),
    setPage: (page: number, pageSize: number) =>
      write({
        page: page > 1 ? String(page) : undefined,
        pageSize: pageSize !== 20 ? String(pageSize) : undefined,
      }),
  };
}
