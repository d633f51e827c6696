import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable } from '../../../components/DataTable';
import { RowActionButton } from '../../../components/RowAction';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { teamClient, teamKeys } from '../teamClient';

/** The workspace's invitations: who, which role, status, expiry; revoke the waiting ones. */
export function InvitationList() {
  const t = useT();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: teamKeys.invitations,
    queryFn: ({ signal }) => teamClient.invitations(signal),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => teamClient.revoke(id),
    onSuccess: () => {
      pushToast('success', t('team.revoked'));
      void queryClient.invalidateQueries({ queryKey: teamKeys.invitations });
    },
  });
  if (!list.data) return null;
  return (
    <section>
      <h3>{t('team.invitations')}</h3>
      {list.data.items.length === 0 ? (
        <p className="jf-hint">{t('team.invitationsEmpty')}</p>
      ) : (
        <DataTable
          columns={[t('team.email'), t('team.role'), t('team.status')]}
          rowActionLabel={t('team.revoke')}
          testId="invitation-table"
        >
          {list.data.items.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">{invitation.email}</th>
              <td>{t(`team.role.${invitation.role}`)}</td>
              <td>
                {t(`team.inv.${invitation.status}`)}
                {invitation.status === 'pending' &&
                  ` · ${t('team.expires', { when: new Date(invitation.expiresAt).toLocaleString() })}`}
                {invitation.emailed && ` · ${t('team.emailed')}`}
              </td>
              <td>
                {invitation.status === 'pending' && (
                  <RowActionButton
                    label={t('team.revoke')}
                    pending={revoke.isPending}
                    onClick={() => revoke.mutate(invitation.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
