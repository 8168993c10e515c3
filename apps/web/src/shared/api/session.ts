import type { Schemas } from '@postcare/api-client';

/**
 * The signed-in session: the access token lives only in memory, the refresh token in
 * localStorage so a reload can restore the session. Components read the status through
 * useSession(); the API middleware reads the tokens.
 */
export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export const REFRESH_TOKEN_KEY = 'postcare.refreshToken';

let accessToken: string | null = null;
let status: SessionStatus = localStorage.getItem(REFRESH_TOKEN_KEY) ? 'restoring' : 'signedOut';
const listeners = new Set<() => void>();

function setStatus(next: SessionStatus): void {
  if (status === next) return;
  status = next;
  listeners.forEach((listener) => listener());
}

export const session = {
  status: (): SessionStatus => status,
  accessToken: (): string | null => accessToken,
  refreshToken: (): string | null => localStorage.getItem(REFRESH_TOKEN_KEY),

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },

  start(tokens: Schemas['TokensDto']): void {
    accessToken = tokens.accessToken;
    localStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    setStatus('signedIn');
  },

  end(): void {
    accessToken = null;
    localStorage.removeItem(REFRESH_TOKEN_KEY);
    setStatus('signedOut');
  },

  /** The stored session could not be checked now (server unreachable): ask to sign in. */
  abandonRestore(): void {
    if (status === 'restoring') setStatus('signedOut');
  },
};
