import { $api } from '../../shared/api/client';
import { CSRF_PARAMS, session } from '../../shared/api/session';

/** Ends the session on the server, then in the browser (whatever the server answered). */
export function useLogout() {
  const mutation = $api.useMutation('post', '/api/auth/logout', {
    onSettled: () => session.end(),
  });
  const logout = () => {
    if (session.accessToken()) mutation.mutate({ params: CSRF_PARAMS });
    else session.end();
  };
  return { logout, isPending: mutation.isPending };
}
