import { useSearchParams } from 'react-router';
import {
  DEPARTMENT_KINDS,
  HALVES,
  isMonthly,
  MONTHS,
  suggestedPeriod,
  YEAR_RANGE,
  type ReportKind,
} from '../vocabulary';

const oneOf = <T extends string | number>(value: T | undefined, allowed: readonly T[]) =>
  allowed.find((item) => item === value);

const yearOf = (value: string | null): number | undefined => {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
    ? year
    : undefined;
};

/** This browser's today: a regional user has no institution whose calendar to follow. */
const today = () => {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
};

/** The list's filters (`?kind=half_year&year=2026`), kept in the address. */
export function useRegionalListParams() {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string | number | undefined) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      if (value === undefined) next.delete(name);
      else next.set(name, String(value));
      return next;
    });
  return {
    kind: oneOf(params.get('kind') as ReportKind, DEPARTMENT_KINDS),
    year: yearOf(params.get('year')),
    setKind: (kind?: ReportKind) => set('kind', kind),
    setYear: (year?: number) => set('year', year),
  };
}

/**
 * The period summed (`?kind=department_monthly&year=2026&month=3`), kept in the address.
 * Without one, the department's month most recently due.
 */
export function useSummaryParams() {
  const [params, setParams] = useSearchParams();
  const kind = oneOf(params.get('kind') as ReportKind, DEPARTMENT_KINDS) ?? 'department_monthly';
  const fallback = suggestedPeriod(kind, today());
  const year = yearOf(params.get('year')) ?? fallback.year;
  const month = isMonthly(kind)
    ? (oneOf(Number(params.get('month')), MONTHS) ?? fallback.month ?? 1)
    : undefined;
  const half =
    kind === 'half_year'
      ? (oneOf(Number(params.get('half')), HALVES) ?? fallback.half ?? 1)
      : undefined;

  const write = (next: { kind: ReportKind; year: number; month?: number; half?: number }) =>
    setParams(
      new URLSearchParams(
        Object.entries(next).flatMap(([name, value]) =>
          value === undefined ? [] : [[name, String(value)]],
        ),
      ),
    );

  return {
    kind,
    year,
    month,
    half,
    /** A new kind starts from its own most recent period. */
    setKind: (next: ReportKind) => write({ kind: next, ...suggestedPeriod(next, today()) }),
    setPeriod: (period: { year?: number; month?: number; half?: number }) =>
      write({ kind, year, month, half, ...period }),
  };
}
