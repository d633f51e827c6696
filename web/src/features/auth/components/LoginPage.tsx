import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../../api/authApi';
import { queryKeys } from '../../../api/queryKeys';
import { serverConfigQuery } from '../../../api/serverConfigQuery';
import { EmailField } from '../../../components/EmailField';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { loginErrorMessage } from '../loginErrorMessage';
import { PasswordField } from './PasswordField';
import '../auth.css';

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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));
  const login = useMutation({
    mutationFn: () => authApi.login(email, password),
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
    <div className="jf-login">
      <div className="jf-login-lang">
        <LanguageSwitch />
      </div>
      <form className="jf-card jf-login-card" onSubmit={submit}>
        <div className="jf-brand jf-brand-large">
          <span className="jf-brand-mark" aria-hidden="true" />
          Journeyflow
        </div>
        <h1>{t('login.title')}</h1>
        <EmailField
          bare
          label={t('login.email')}
          autoComplete="username"
          value={email}
          onChange={setEmail}
          required
        />
        <PasswordField
          bare
          label={t('login.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
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
                    onClick={() => {
                      setEmail(account.email);
                      setPassword(account.password);
                    }}
                  >
                    <span>{account.email}</span>
                    <span className={`jf-role role-${account.role}`}>{account.role}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </div>
  );
}
