import type { ApiFetchClient } from '@postcare/api-client';
import { session } from './session';

const REFRESH_LOCK = 'postcare.refresh';

/**
 * Exchanges the refresh token for new tokens, one exchange at a time. The token rotates on
 * every use and a reused one ends the whole session, so concurrent callers share the
 * running exchange, and browser tabs (which share the stored token) take turns.
 * Resolves to whether the session is usable now.
 */
export function createSessionRefresh(client: ApiFetchClient): () => Promise<boolean> {
  let running: Promise<boolean> | null = null;

  async function exchange(): Promise<boolean> {
    const refreshToken = session.refreshToken();
    if (!refreshToken) {
      session.end();
      return false;
    }
    try {
      const { data, response } = await client.POST('/api/auth/refresh', { body: { refreshToken } });
      if (data) {
        session.start(data);
        return true;
      }
      if (response.status === 400 || response.status === 401) session.end();
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
