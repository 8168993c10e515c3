import { useSearchParams } from 'react-router';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import {
  WORK_PLAN_KINDS,
  WORK_PLAN_STATUSES,
  YEAR_RANGE,
  type WorkPlanKind,
  type WorkPlanStatus,
} from '../vocabulary';

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((item) => item === value);

const yearOf = (value: string | null): number | undefined => {
  const year = Number(value);
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
    ? year
    : undefined;
};

/**
 * What the list shows lives in the address (`?year=2027&kind=monthly&status=approved`), so
 * it can be reloaded and sent. Without a year, the institution's current one.
 */
export function useWorkPlansParams() {
  const [params, setParams] = useSearchParams();
  const currentYear = useInstitutionToday().year();
  const current = {
    year: yearOf(params.get('year')) ?? currentYear,
    currentYear,
    kind: oneOf<WorkPlanKind>(params.get('kind'), WORK_PLAN_KINDS),
    status: oneOf<WorkPlanStatus>(params.get('status'), WORK_PLAN_STATUSES),
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
    /** Changing a filter starts again from the first page. */
    setFilters: (changes: {
      year?: number;
      kind?: WorkPlanKind | null;
      status?: WorkPlanStatus | null;
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
