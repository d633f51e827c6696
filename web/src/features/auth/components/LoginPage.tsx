import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../../api/authApi';
import { queryKeys } from '../../../api/queryKeys';
import { serverConfigQuery } from '../../../api/serverConfigQuery';
import { EmailField } from '../../../components/EmailField';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { loginErrorMessage } from '../loginErrorMessage';
import { PasswordField } from './PasswordField';
import { SignInCard } from './SignInCard';

/** Only same-site paths are followed after login, so `?next=` cannot send the user elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/journeys';
}

export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useCurrentUser();
  const config = useQuery(serverConfigQuery);
  const [credentials, setCredentials] = useState({ email: '', password: '' });
  const bind = (key: keyof typeof credentials) => ({
    value: credentials[key],
    onChange: (value: string) => setCredentials((current) => ({ ...current, [key]: value })),
  });
  const next = safeNext(params.get('next'));
  const login = useMutation({
    mutationFn: () => authApi.login(credentials.email, credentials.password),
    meta: { silentError: true },
    onSuccess: ({ user: signedIn }) => {
      queryClient.setQueryData(queryKeys.auth.me, signedIn);
      void navigate(next, { replace: true });
    },
  });
  if (user) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  const known = loginErrorMessage(login.error);
  const errorText = known ? t(known.key, known.values) : login.error?.message;

  return (
    <SignInCard onSubmit={submit}>
      <h1>{t('login.title')}</h1>
      <EmailField bare required label={t('login.email')} autoComplete="username" {...bind('email')} />
      <PasswordField
        bare
        required
        label={t('login.password')}
        autoComplete="current-password"
        {...bind('password')}
      />
      {errorText && (
        <div className="jf-field-error" role="alert">
          {errorText}
        </div>
      )}
      <button
        type="submit"
        className="jf-button jf-button-primary jf-button-block"
        disabled={login.isPending}
      >
        {t('login.submit')}
      </button>
      {config.data?.demo && config.data.demoLogins.length > 0 && (
        <section className="jf-demo-logins" aria-label={t('login.demoTitle')}>
          <h2>{t('login.demoTitle')}</h2>
          <p className="jf-hint">{t('login.demoHint')}</p>
          <ul>
            {config.data.demoLogins.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="jf-demo-login"
                  onClick={() => setCredentials({ email: account.email, password: account.password })}
                >
                  <span>{account.email}</span>
                  <span className={`jf-role role-${account.role}`}>{account.role}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SignInCard>
  );
}
