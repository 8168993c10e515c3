import { $api } from '../../shared/api/client';
import { session } from '../../shared/api/session';

/** Ends the session on the server, then in the browser (whatever the server answered). */
export function useLogout() {
  const mutation = $api.useMutation('post', '/api/auth/logout', {
    onSettled: () => session.end(),
  });
  const logout = () => {
    const refreshToken = session.refreshToken();
    if (refreshToken) mutation.mutate({ body: { refreshToken } });
    else session.end();
  };
  return { logout, isPending: mutation.isPending };
}
