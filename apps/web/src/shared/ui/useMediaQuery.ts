import { useSyncExternalStore } from 'react';

/** Ant Design's breakpoints, as media queries: below `lg` (992 px) the menu leaves the page. */
export const BELOW_LG = '(max-width: 991.98px)';
/** Below `md` (768 px): phones. */
export const BELOW_MD = '(max-width: 767.98px)';
/** From `sm` (576 px) up. */
export const FROM_SM = '(min-width: 576px)';

/** Whether the media query matches, following the window as it is resized. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
