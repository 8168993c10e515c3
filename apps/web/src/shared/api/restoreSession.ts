import { refreshSession } from './client';
import { session } from './session';

/** On page load: turn the refresh cookie into a live session before protected pages render. */
export async function restoreSession(): Promise<void> {
  if (session.status() !== 'restoring') return;
  if (!(await refreshSession())) session.abandonRestore();
}
