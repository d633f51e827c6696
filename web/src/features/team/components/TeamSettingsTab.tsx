import { type Role, roleSchema } from '@journeyflow/shared/api/auth';
import type { UpdateUserRequest, User } from '@journeyflow/shared/api/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { DataTable } from '../../../components/DataTable';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { RowActionButton } from '../../../components/RowAction';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { SettingsSectionHead } from '../../settings/components/SettingsSectionHead';
import { teamClient, teamKeys } from '../teamClient';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { OneTimeLink, type PersonalLink } from './OneTimeLink';

/**
 * `/settings/team` (admin): the workspace's users with their role and status, invitations by link, and
 * password reset links. The server records every change in the audit log.
 */
export function TeamSettingsTab() {
  const t = useT();
  const { user: me } = useCurrentUser();
  const isAdmin = me?.role === 'admin';
  const queryClient = useQueryClient();
  const [resetLink, setResetLink] = useState<PersonalLink>();
  const users = useQuery({
    queryKey: teamKeys.users,
    queryFn: ({ signal }) => teamClient.users(signal),
    enabled: isAdmin,
  });
  const update = useMutation({
    meta: { silentError: true },
    mutationFn: ({ user, patch }: { user: User; patch: UpdateUserRequest }) =>
      teamClient.updateUser(user.id, patch),
    onSuccess: (_updated, { patch }) => {
      pushToast(
        'success',
        patch.active === false
          ? t('team.deactivated')
          : patch.active
            ? t('team.reactivated')
            : t('team.roleChanged'),
      );
      void queryClient.invalidateQueries({ queryKey: teamKeys.users });
    },
    onError: (error) =>
      pushToast('error', isApiError(error, 'conflict') ? t('team.error.self') : error.message),
  });
  const reset = useMutation({
    meta: { silentError: true },
    mutationFn: (user: User) => teamClient.resetLink(user.id),
    onSuccess: (link, user) => setResetLink({ ...link, email: user.email }),
    onError: (error) => pushToast('error', error.message),
  });

  if (!isAdmin) return <p className="jf-banner">{t('cfg.adminOnly')}</p>;
  if (users.isPending) return <PageSkeleton rows={4} />;
  if (users.isError) return <p className="jf-error-text">{users.error.message}</p>;

  return (
    <>
      <SettingsSectionHead title={t('team.title')} hint={t('team.hint')} />
      <h3>{t('team.users')}</h3>
      <DataTable
        columns={[t('team.name'), t('team.email'), t('team.role'), t('team.status')]}
        rowActionLabel={t('team.resetLink')}
        testId="team-table"
      >
        {users.data.items.map((user) => {
          const self = user.id === me?.id;
          return (
            <tr key={user.id} data-user-email={user.email}>
              <th scope="row">
                {user.name} {self && <span className="jf-hint">{t('team.you')}</span>}
              </th>
              <td>{user.email}</td>
              <td>
                <select
                  className="jf-input"
                  aria-label={`${t('team.role')} ${user.email}`}
                  value={user.role}
                  disabled={self || update.isPending}
                  onChange={(event) =>
                    update.mutate({ user, patch: { role: roleSchema.parse(event.target.value) as Role } })
                  }
                >
                  {roleSchema.options.map((option) => (
                    <option key={option} value={option}>
                      {t(`team.role.${option}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {user.active ? t('team.active') : t('team.inactive')}{' '}
                {!self && (
                  <button
                    type="button"
                    className="jf-button"
                    disabled={update.isPending}
                    onClick={() => update.mutate({ user, patch: { active: !user.active } })}
                  >
                    {user.active ? t('team.deactivate') : t('team.reactivate')}
                  </button>
                )}
              </td>
              <td>
                <RowActionButton
                  label={t('team.resetLink')}
                  pending={reset.isPending}
                  onClick={() => reset.mutate(user)}
                />
              </td>
            </tr>
          );
        })}
      </DataTable>
      <OneTimeLink link={resetLink} titleKey="team.resetLinkFor" testId="reset-url" />
      <InviteForm />
      <InvitationList />
    </>
  );
}
