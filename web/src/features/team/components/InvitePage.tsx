import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { InputField } from '../../../components/InputField';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { PasswordField } from '../../auth/components/PasswordField';
import { SignInCard } from '../../auth/components/SignInCard';
import { teamClient, teamKeys } from '../teamClient';

const invalidKey = (error: unknown): MessageKey => {
  if (isApiError(error, 'invitation_invalid')) {
    const reason = (error.details as { reason?: unknown } | undefined)?.reason;
    if (reason === 'expired' || reason === 'used' || reason === 'revoked') return `invite.invalid.${reason}`;
  }
  return 'invite.notFound';
};

/**
 * `/invite/:token` (public): join the inviting workspace with a name and password, or set a new password
 * from a reset link. The link works once.
 */
export function InvitePage() {
  const t = useT();
  const { token = '' } = useParams();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const preview = useQuery({
    queryKey: teamKeys.invitation(token),
    queryFn: ({ signal }) => teamClient.preview(token, signal),
    retry: false,
    meta: { silentError: true },
  });
  const accept = useMutation({
    mutationFn: () =>
      teamClient.accept(token, {
        password,
        ...(preview.data?.kind === 'invite' ? { name: name.trim() } : {}),
      }),
    meta: { silentError: true },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };

  let body: React.ReactNode;
  if (preview.isPending) body = <p>{t('invite.loading')}</p>;
  else if (preview.isError)
    body = (
      <p className="jf-error-text" role="alert">
        {t(invalidKey(preview.error))}
      </p>
    );
  else if (accept.isSuccess)
    body = (
      <>
        <p role="status">{t('invite.done', { email: accept.data.email })}</p>
        <Link className="jf-button jf-button-primary" to="/login">
          {t('invite.toLogin')}
        </Link>
      </>
    );
  else {
    const invite = preview.data.kind === 'invite';
    body = (
      <form onSubmit={submit}>
        <h1>
          {invite ? t('invite.title', { workspace: preview.data.workspaceName }) : t('invite.resetTitle')}
        </h1>
        <p>
          {invite
            ? t('invite.intro', { email: preview.data.email, role: t(`team.role.${preview.data.role}`) })
            : t('invite.resetIntro', { email: preview.data.email })}
        </p>
        {invite && (
          <InputField
            bare
            label={t('invite.name')}
            autoComplete="name"
            value={name}
            maxLength={200}
            onChange={setName}
          />
        )}
        <PasswordField
          bare
          label={t('invite.password')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
        />
        {accept.isError && (
          <p className="jf-field-error" role="alert">
            {isApiError(accept.error, 'invitation_invalid')
              ? t(invalidKey(accept.error))
              : accept.error.message}
          </p>
        )}
        <button
          type="submit"
          style={{ marginTop: 12 }}
          className="jf-button jf-button-primary"
          disabled={accept.isPending || password.length < 8 || (invite && !name.trim())}
        >
          {invite ? t('invite.submit') : t('invite.resetSubmit')}
        </button>
      </form>
    );
  }

  return <SignInCard>{body}</SignInCard>;
}
