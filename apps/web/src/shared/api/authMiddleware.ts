import type { Middleware } from '@postcare/api-client';
import { session } from './session';

/** Calls that must never trigger a refresh: they are how a session starts or renews. */
const SESSION_PATHS = new Set(['/api/auth/login', '/api/auth/refresh']);

const bearer = (token: string) => `Bearer ${token}`;

/**
 * Sends the access token with every call. When a call is answered 401 (the access token
 * expired), renews the session once and repeats the call with the new token.
 */
export function createAuthMiddleware(refreshSession: () => Promise<boolean>): Middleware {
  const replayable = new Map<string, Request>();

  async function renewedToken(sentAuthorization: string | null): Promise<string | null> {
    const current = session.accessToken();
    // Another call may have renewed the session while this one was on its way.
    if (current && bearer(current) !== sentAuthorization) return current;
    return (await refreshSession()) ? session.accessToken() : null;
  }

  return {
    onRequest({ request, schemaPath, id }) {
      const token = session.accessToken();
      if (token) request.headers.set('Authorization', bearer(token));
      if (!SESSION_PATHS.has(schemaPath)) replayable.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id, options }) {
      const copy = replayable.get(id);
      replayable.delete(id);
      if (response.status !== 401 || !copy) return response;
      const token = await renewedToken(copy.headers.get('Authorization'));
      if (!token) return response;
      copy.headers.set('Authorization', bearer(token));
      const { fetch } = options;
      return fetch(copy);
    },
    onError({ id }) {
      replayable.delete(id);
    },
  };
}
