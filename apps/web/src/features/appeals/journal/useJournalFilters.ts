import { useSearchParams } from 'react-router';
import type { AppealListQuery } from '../appeal/useAppeals';
import { APPEAL_STATUSES, type AppealStatus } from '../appeal/appealStatuses';
import type { Dayjs } from 'dayjs';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { currentMonth } from '../common/dates';

/** What the journal shows, kept in the address so a view can be reloaded, bookmarked, sent. */
export interface JournalFilters {
  /** The period; none means all time. */
  from?: string;
  to?: string;
  status?: AppealStatus;
  specialistId?: string;
  /** Only appeals nobody is assigned to yet (the intake queue). */
  unassigned?: boolean;
  problemId?: string;
  graduateId?: string;
  page: number;
  pageSize: number;
}

/** The open appeal (drawer) is in the address too. */
const OPEN = 'appeal';
/** `period=all` is the period cleared on purpose, unlike no period in the address (the default). */
const ALL_TIME = 'all';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Address parameters that narrow the journal (the page and the open appeal do not). */
const NARROWING = [
  'from',
  'to',
  'period',
  'status',
  'specialistId',
  'unassigned',
  'problemId',
  'graduateId',
];

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

function readFilters(params: URLSearchParams, today: Dayjs): JournalFilters {
  const text = (name: string) => params.get(name) || undefined;
  const graduateId = text('graduateId');
  const from = text('from');
  const to = text('to');
  const status = text('status');
  // One graduate's appeals are looked at over all time; the whole journal month by month.
  const [defaultFrom, defaultTo] =
    params.get('period') === ALL_TIME || graduateId ? [undefined, undefined] : currentMonth(today);
  const explicit = from && to && DAY.test(from) && DAY.test(to);
  return {
    from: explicit ? from : defaultFrom,
    to: explicit ? to : defaultTo,
    status: APPEAL_STATUSES.find((value) => value === status),
    specialistId: text('specialistId'),
    unassigned: params.get('unassigned') === 'true' || undefined,
    problemId: text('problemId'),
    graduateId,
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), 20),
  };
}

export function useJournalFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, useInstitutionToday());

  const write = (next: JournalFilters, openAppeal = params.get(OPEN)) => {
    const out = new URLSearchParams();
    if (next.from && next.to) {
      out.set('from', next.from);
      out.set('to', next.to);
    } else if (!next.graduateId) {
      out.set('period', ALL_TIME);
    }
    for (const name of ['status', 'specialistId', 'problemId', 'graduateId'] as const) {
      const value = next[name];
      if (value) out.set(name, value);
    }
    if (next.unassigned) out.set('unassigned', 'true');
    if (next.page > 1) out.set('page', String(next.page));
    if (next.pageSize !== 20) out.set('pageSize', String(next.pageSize));
    if (openAppeal) out.set(OPEN, openAppeal);
    setParams(out);
  };

  return {
    filters,
    /** The journal's request: the filters are the API's own query parameters. */
    query: filters satisfies AppealListQuery,
    /** Changing a filter starts again from the first page. */
    changeFilters: (changes: Partial<Omit<JournalFilters, 'page' | 'pageSize'>>) =>
      write({ ...filters, ...changes, page: 1 }),
    changePage: (page: number, pageSize: number) => write({ ...filters, page, pageSize }),
    /** Anything but the default (this month, everyone, every status) is chosen. */
    filtered: NARROWING.some((name) => params.has(name)),
    /** Back to the default view: this month's whole journal. */
    resetFilters: () => setParams(new URLSearchParams()),
    openAppealId: params.get(OPEN),
    openAppeal: (id: string | null) => write(filters, id),
  };
}
