import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { useSessionStatus } from '../../shared/auth/useSessionStatus';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { LazyProblemAlert } from '../../shared/ui/LazyProblemAlert';
import { LocalizedAntd } from '../providers/LocalizedAntd';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from '../router/paths';

/**
 * The gate of every page but the login: waits for a stored session to be restored, sends
 * strangers to /login, and holds a user with a temporary password on the password page.
 * It is loaded with the signed-in pages and brings Ant Design's theme and locale to them
 * (the login page before it uses none).
 */
export function RequireSignIn() {
  return (
    <LocalizedAntd>
      <SignedInOnly />
    </LocalizedAntd>
  );
}

function SignedInOnly(): ReactNode {
  const status = useSessionStatus();
  const location = useLocation();
  const me = useCurrentUser();

  if (status === 'signedOut')
    return <Navigate to={LOGIN_PATH} replace state={{ from: location }} />;
  if (status === 'restoring' || me.isPending) return <PageSpinner />;
  if (me.isError) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
        <LazyProblemAlert error={me.error} />
      </div>
    );
  }
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}
