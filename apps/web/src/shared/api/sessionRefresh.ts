import type { ApiFetchClient } from '@postcare/api-client';
import { CSRF_PARAMS, session } from './session';

const REFRESH_LOCK = 'postcare.refresh';

/**
 * Exchanges the refresh cookie for a new access token, one exchange at a time. The cookie
 * rotates on every use and a reused one ends the whole session (after a short grace window
 * on the server), so concurrent callers share the running exchange, and browser tabs
 * (which share the cookie) take turns. Resolves to whether the session is usable now.
 */
export function createSessionRefresh(client: ApiFetchClient): () => Promise<boolean> {
  let running: Promise<boolean> | null = null;

  async function exchange(): Promise<boolean> {
    try {
      const { data, response } = await client.POST('/api/auth/refresh', { params: CSRF_PARAMS });
      if (data) {
        session.start(data);
        return true;
      }
      if (response.status === 401 || response.status === 403) session.end();
      return false;
    } catch {
      return false; // unreachable server: keep the session for a later attempt
    }
  }

  return () => {
    running ??= inTurnWithOtherTabs(exchange).finally(() => {
      running = null;
    });
    return running;
  };
}

async function inTurnWithOtherTabs(task: () => Promise<boolean>): Promise<boolean> {
  // Web Locks exist only in secure contexts; on a plain-HTTP address each tab goes alone.
  return navigator.locks ? await navigator.locks.request(REFRESH_LOCK, task) : task();
}
