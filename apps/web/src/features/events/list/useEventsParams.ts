import { useSearchParams } from 'react-router';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '../vocabulary';

export interface EventsParams {
  /** The period (days in the institution's zone); undefined: open on that side. */
  from?: string;
  to?: string;
  /** Whether the period is the default one (the current month). */
  currentMonth: boolean;
  kind?: EventKind;
  status?: EventStatus;
  /** Events this graduate takes part in. */
  graduate?: string;
  page: number;
  pageSize: number;
  /** The event whose card is open. */
  event?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((item) => item === value);

/**
 * What the section shows lives in the address (`?from=2026-03-01&to=2026-03-31&kind=training
 * &event=…`), so a list or a card can be reloaded and sent. Without `from`/`to` the period is
 * the current month on the institution's calendar; an empty value (`from=`) leaves that side
 * of the period open.
 */
export function useEventsParams() {
  const [params, setParams] = useSearchParams();
  const today = useInstitutionToday();
  const monthStart = today.startOf('month').format('YYYY-MM-DD');
  const monthEnd = today.endOf('month').format('YYYY-MM-DD');
  const day = (name: string, fallback: string) => {
    const value = params.get(name);
    if (value === null) return fallback;
    return DAY.test(value) ? value : undefined;
  };
  const current: EventsParams = {
    from: day('from', monthStart),
    to: day('to', monthEnd),
    currentMonth: !params.has('from') && !params.has('to'),
    kind: oneOf(params.get('kind'), EVENT_KINDS),
    status: oneOf(params.get('status'), EVENT_STATUSES),
    graduate: params.get('graduate') || undefined,
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), 20),
    event: params.get('event') || undefined,
  };

  /** `undefined` removes a parameter; '' keeps it empty (an open side of the period). */
  const write = (changes: Record<string, string | undefined>) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      for (const [name, value] of Object.entries(changes)) {
        if (value === undefined) next.delete(name);
        else next.set(name, value);
      }
      return next;
    });

  return {
    ...current,
    /** A changed period starts again from the first page; both sides are written. */
    setPeriod: (from: string | null, to: string | null) =>
      write({ from: from ?? '', to: to ?? '', page: undefined }),
    /** Back to the current month. */
    resetPeriod: () => write({ from: undefined, to: undefined, page: undefined }),
    /** Changing a filter starts again from the first page. */
    setFilters: (changes: {
      kind?: EventKind | null;
      status?: EventStatus | null;
      graduate?: string | null;
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
    openEvent: (id: string | undefined) => write({ event: id }),
  };
}
