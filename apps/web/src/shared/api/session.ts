import type { Schemas } from '@postcare/api-client';

/**
 * The signed-in session. The access token lives only in memory; the refresh token is an
 * httpOnly cookie the page never sees, so a reload restores the session by asking the
 * server for a new access token. A marker in localStorage (no secret in it) says a session
 * may exist, so a signed-out visitor sees the login page without a round trip and signing
 * out in one tab reaches the others. Components read the status through useSession(); the
 * API middleware reads the access token.
 */
export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export const SESSION_MARKER_KEY = 'postcare.session';

/** The server refuses the cookie-authenticated calls (refresh, logout) without this header. */
export const CSRF_PARAMS = { header: { 'X-Requested-With': 'XMLHttpRequest' } };

let accessToken: string | null = null;
let status: SessionStatus = localStorage.getItem(SESSION_MARKER_KEY) ? 'restoring' : 'signedOut';
const listeners = new Set<() => void>();

function setStatus(next: SessionStatus): void {
  if (status === next) return;
  status = next;
  listeners.forEach((listener) => listener());
}

export const session = {
  status: (): SessionStatus => status,
  accessToken: (): string | null => accessToken,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },

  start(tokens: Schemas['TokensDto']): void {
    accessToken = tokens.accessToken;
    localStorage.setItem(SESSION_MARKER_KEY, '1');
    setStatus('signedIn');
  },

  end(): void {
    accessToken = null;
    localStorage.removeItem(SESSION_MARKER_KEY);
    setStatus('signedOut');
  },

  /** The stored session could not be checked now (server unreachable): ask to sign in. */
  abandonRestore(): void {
    if (status === 'restoring') setStatus('signedOut');
  },
};
