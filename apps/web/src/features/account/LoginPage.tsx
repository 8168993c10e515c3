import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSessionStatus } from '../../shared/auth/useSessionStatus';
import { describeProblem } from '../../shared/ui/describeProblem';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { useLogin } from './useLogin';
import './login-page.css';

/** Where to go after signing in: the page that sent the user here, or the start page. */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  // Keep the query too: deep links carry filters and ids (/appeals/new?graduateId=…).
  return from?.pathname && from.pathname !== '/login' ? from.pathname + (from.search ?? '') : '/';
}

type Field = 'login' | 'password';

/**
 * The sign-in form in plain markup: most visits start here, often on a phone line, so the
 * page loads no component library (Ant Design comes with the signed-in pages).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const status = useSessionStatus();
  const returnPath = useReturnPath();
  const login = useLogin();
  const [missing, setMissing] = useState<ReadonlySet<Field>>(new Set());

  if (status === 'signedIn') return <Navigate to={returnPath} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      login: String(form.get('login') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    const empty = new Set<Field>();
    if (!body.login.trim()) empty.add('login');
    if (!body.password) empty.add('password');
    setMissing(empty);
    if (empty.size === 0) login.mutate({ body });
  };
  const clearMissing = (field: Field) => {
    if (missing.has(field)) setMissing(new Set([...missing].filter((f) => f !== field)));
  };
  const problem = login.error ? describeProblem(login.error, t) : undefined;
  const disabled = status === 'restoring';

  return (
    <main className="login-page">
      <div className="login-page__panel">
        <div className="login-page__top">
          <span className="login-page__app">{t('app.title')}</span>
          <LanguageSwitch />
        </div>
        <h1 className="login-page__title">{t('login.title')}</h1>
        <form name="login" noValidate onSubmit={submit}>
          <fieldset disabled={disabled} className="login-page__fields">
            <LoginField
              name="login"
              label={t('login.login')}
              autoComplete="username"
              error={missing.has('login') ? t('login.loginRequired') : undefined}
              onInput={() => clearMissing('login')}
              autoFocus
            />
            <LoginField
              name="password"
              type="password"
              label={t('login.password')}
              autoComplete="current-password"
              error={missing.has('password') ? t('login.passwordRequired') : undefined}
              onInput={() => clearMissing('password')}
            />
            {problem && (
              <div className="login-page__problem" role="alert" data-testid="problem-alert">
                <strong>{problem.message}</strong>
                {problem.correlationId && (
                  <small>{t('errors.correlationId', { id: problem.correlationId })}</small>
                )}
              </div>
            )}
            <button
              type="submit"
              className="login-page__submit"
              disabled={login.isPending}
              aria-busy={login.isPending}
            >
              {login.isPending && <span className="login-page__busy" aria-hidden="true" />}
              {t('login.submit')}
            </button>
          </fieldset>
        </form>
      </div>
    </main>
  );
}

function LoginField({
  name,
  label,
  error,
  ...input
}: {
  name: Field;
  label: string;
  error?: string;
  type?: string;
  autoComplete: string;
  autoFocus?: boolean;
  onInput: () => void;
}) {
  const id = `login-${name}`;
  return (
    <div className="login-page__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...input}
      />
      {error && (
        <div id={`${id}-error`} className="login-page__error">
          {error}
        </div>
      )}
    </div>
  );
}
