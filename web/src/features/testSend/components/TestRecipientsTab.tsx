import {
  type TestRecipientKind,
  testRecipientKindSchema,
  type VerificationSent,
} from '@journeyflow/shared/api/testSends';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { InputField } from '../../../components/InputField';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { RowActionButton } from '../../../components/RowAction';
import { SelectField } from '../../../components/SelectField';
import { SubmitButton } from '../../../components/SubmitButton';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { SettingsSectionHead } from '../../settings/components/SettingsSectionHead';
import { testSendClient, testSendKeys } from '../testSendClient';
import { testSendErrorText } from '../testSendText';
import { VerifyPhoneForm } from './VerifyPhoneForm';

/** `/settings/test-recipients`: your own and the team's test phones, emails and devices; phones verified by code. */
export function TestRecipientsTab() {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TestRecipientKind>('phone');
  const [address, setAddress] = useState('');
  const [shared, setShared] = useState(false);
  const [verifying, setVerifying] = useState<{ id: string; sent?: VerificationSent }>();
  const list = useQuery({
    queryKey: testSendKeys.recipients,
    queryFn: ({ signal }) => testSendClient.recipients(signal),
  });
  const add = useMutation({
    meta: { silentError: true },
    mutationFn: () =>
      testSendClient.addRecipient({
        name: name.trim(),
        kind,
        address: address.trim(),
        scope: shared ? 'workspace' : 'user',
      }),
    onSuccess: (created) => {
      setName('');
      setAddress('');
      if (!created.verified)
        setVerifying({ id: created.id, ...(created.verification ? { sent: created.verification } : {}) });
      void queryClient.invalidateQueries({ queryKey: testSendKeys.recipients });
    },
  });
  const remove = useMutation({
    meta: { silentError: true },
    mutationFn: (id: string) => testSendClient.removeRecipient(id),
    onSuccess: () => {
      pushToast('success', t('trc.removed'));
      void queryClient.invalidateQueries({ queryKey: testSendKeys.recipients });
    },
    onError: (error) => pushToast('error', error.message),
  });
  if (list.isPending) return <PageSkeleton rows={4} />;
  if (list.isError) return <p className="jf-error-text">{list.error.message}</p>;
  const recipients = list.data.items;

  return (
    <>
      <SettingsSectionHead title={t('trc.title')} hint={t('trc.hint')} />
      <form
        style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: 16 }}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() && address.trim()) add.mutate();
        }}
      >
        <InputField label={t('trc.name')} value={name} maxLength={100} onChange={setName} />
        <SelectField
          label={t('trc.kind')}
          value={kind}
          options={testRecipientKindSchema.options.map((option) => ({
            value: option,
            label: t(`trc.kind.${option}`),
          }))}
          onChange={setKind}
        />
        <InputField label={t('trc.address')} value={address} maxLength={4096} onChange={setAddress} />
        <label className="jf-checkbox">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          {t('trc.scope')}
        </label>
        <SubmitButton
          caption={t('trc.add')}
          pendingCaption={t('trc.adding')}
          pending={add.isPending}
          disabled={!name.trim() || !address.trim()}
        />
      </form>
      <ErrorAlert message={add.error && (testSendErrorText(t, add.error) ?? add.error.message)} small />
      {verifying && (
        <VerifyPhoneForm
          key={verifying.id}
          recipientId={verifying.id}
          sent={verifying.sent}
          onDone={() => setVerifying(undefined)}
        />
      )}
      {recipients.length === 0 ? (
        <p className="jf-hint">{t('trc.empty')}</p>
      ) : (
        <DataTable
          columns={[t('trc.name'), t('trc.kind'), t('trc.address'), t('trc.scope')]}
          rowActionLabel={t('common.remove')}
          testId="test-recipient-table"
        >
          {recipients.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{t(`trc.kind.${r.kind}`)}</td>
              <td>
                <code>{r.kind === 'push' ? `${r.address.slice(0, 12)}…` : r.address}</code>{' '}
                {r.verified ? (
                  <span className="jf-badge">{t('trc.verified')}</span>
                ) : (
                  <button type="button" className="jf-button" onClick={() => setVerifying({ id: r.id })}>
                    {t('trc.verify')}
                  </button>
                )}
              </td>
              <td>{r.scope === 'workspace' ? t('trc.shared') : t('trc.mine')}</td>
              <td>
                <RowActionButton
                  label={t('common.remove')}
                  pending={remove.isPending}
                  onClick={() => remove.mutate(r.id)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
