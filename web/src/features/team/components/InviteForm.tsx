import { type Role, roleSchema } from '@journeyflow/shared/api/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { EmailField } from '../../../components/EmailField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { SubmitButton } from '../../../components/SubmitButton';
import { useT } from '../../../i18n/useT';
import { teamClient, teamKeys } from '../teamClient';
import { OneTimeLink, type PersonalLink } from './OneTimeLink';

/** Invite by email: the link comes back once, shown with a copy button and its expiry. */
export function InviteForm() {
  const t = useT();
  const queryClient = useQueryClient();
  const emailId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('marketer');
  const [link, setLink] = useState<PersonalLink>();
  const invite = useMutation({
    meta: { silentError: true },
    mutationFn: () => teamClient.invite({ email: email.trim(), role }),
    onSuccess: (created) => {
      setLink({ ...created, email: email.trim() });
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: teamKeys.invitations });
    },
  });
  const errorText = invite.isError
    ? isApiError(invite.error, 'conflict')
      ? t('team.error.conflict')
      : invite.error.message
    : undefined;
  return (
    <section aria-labelledby={`${emailId}-head`}>
      <h3 id={`${emailId}-head`}>{t('team.invite')}</h3>
      <form
        style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}
        onSubmit={(event) => {
          event.preventDefault();
          if (email.trim()) invite.mutate();
        }}
      >
        <EmailField label={t('team.inviteEmail')} value={email} onChange={setEmail} />
        <SelectField
          label={t('team.role')}
          value={role}
          options={roleSchema.options.map((option) => ({ value: option, label: t(`team.role.${option}`) }))}
          onChange={setRole}
        />
        <SubmitButton
          caption={t('team.inviteSend')}
          pendingCaption={t('team.inviting')}
          pending={invite.isPending}
          disabled={!email.trim()}
        />
      </form>
      <p className="jf-hint">{t('team.emailedHint')}</p>
      <ErrorAlert message={errorText} small />
      <OneTimeLink link={link} titleKey="team.inviteCreated" testId="invitation-url" />
    </section>
  );
}
