import type { InvitationLink } from '@journeyflow/shared/api/invitations';
import { CopyButton } from '../../../components/CopyButton';
import { useT } from '../../../i18n/useT';

/** A link made for one person: an invitation to join, or a password reset. */
export type PersonalLink = InvitationLink & { readonly email: string };

/**
 * The link just made, shown once (nothing before there is one): whom it is for, the link with a copy
 * button, and when it stops working.
 */
export function OneTimeLink({
  link,
  titleKey,
  testId,
}: {
  readonly link: PersonalLink | undefined;
  /** The heading, which names the person (`{email}`). */
  readonly titleKey: 'team.inviteCreated' | 'team.resetLinkFor';
  readonly testId: string;
}) {
  const t = useT();
  if (!link) return null;
  return (
    <div className="jf-banner" role="status">
      <p>
        <strong>{t(titleKey, { email: link.email })}</strong> {t('team.linkOnce')}
      </p>
      <p style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <code data-testid={testId} style={{ wordBreak: 'break-all' }}>
          {link.url}
        </code>
        <CopyButton text={link.url} />
      </p>
      <p className="jf-hint">{t('team.expires', { when: new Date(link.expiresAt).toLocaleString() })}</p>
    </div>
  );
}
