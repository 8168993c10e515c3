import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchClient } from '../../shared/api/client';
import { session } from '../../shared/api/session';

interface PasswordChange {
  login: string;
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the own password. The server then ends every session of the user, so this one
 * continues by signing in again with the new password.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ login, currentPassword, newPassword }: PasswordChange) => {
      const changed = await fetchClient.POST('/api/auth/password', {
        body: { currentPassword, newPassword },
      });
      if (!changed.response.ok) throw changed.error;
      const signedIn = await fetchClient.POST('/api/auth/login', {
        body: { login, password: newPassword },
      });
      if (!signedIn.data) throw signedIn.error;
      session.start(signedIn.data);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['get', '/api/auth/me'] }),
  });
}
