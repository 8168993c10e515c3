import { $api } from '../../shared/api/client';
import { session } from '../../shared/api/session';

/** Signs in with login and password; the session starts on success. */
export function useLogin() {
  return $api.useMutation('post', '/api/auth/login', {
    onSuccess: (tokens) => session.start(tokens),
  });
}
