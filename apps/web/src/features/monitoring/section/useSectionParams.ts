import { useSearchParams } from 'react-router';

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

/** One of `allowed` read from the URL, else the first. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T {
  return allowed.find((item) => item === value) ?? allowed[0];
}

/**
 * The section's view, filter and page live in the URL (`?view=due&state=overdue&page=2`),
 * so a list can be bookmarked, shared and returned to.
 */
export function useSectionParams<View extends string, State extends string>(
  views: readonly View[],
  statesOf: (view: View) => readonly State[],
) {
  const [params, setParams] = useSearchParams();
  const view = oneOf(params.get('view'), views);
  const state = oneOf(params.get('state'), statesOf(view));
  const page = positive(params.get('page'), 1);
  const pageSize = positive(params.get('pageSize'), 20);

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
    view,
    state,
    page,
    pageSize,
    setView: (next: View) => write({ view: next, state: undefined, page: undefined }),
    setState: (next: State) => write({ state: next, page: undefined }),
    setPage: (nextPage: number, nextSize: number) =>
      write({
        page: nextPage > 1 ? String(nextPage) : undefined,
        pageSize: nextSize !== 20 ? String(nextSize) : undefined,
      }),
  };
}
