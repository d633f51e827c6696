import { API_KEY_SCOPES, type ApiKeyScope } from '@journeyflow/shared/api/apiKeys';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { CopyButton } from '../../../components/CopyButton';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { InputField } from '../../../components/InputField';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { RowActionButton } from '../../../components/RowAction';
import { SubmitButton } from '../../../components/SubmitButton';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { settingsClient } from '../settingsClient';
import { SettingsSectionHead } from './SettingsSectionHead';

/**
 * `/settings/api-keys` (admin): create a key with the scopes it needs (a public write key by default),
 * see it once, list keys with their scopes, revoke.
 */
export function ApiKeysSettingsTab() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<readonly ApiKeyScope[]>(['ingest']);
  const [shownKey, setShownKey] = useState<string>();
  const keys = useQuery({
    queryKey: queryKeys.settings.apiKeys,
    queryFn: ({ signal }) => settingsClient.apiKeys(signal),
    enabled: isAdmin,
  });
  const create = useMutation({
    mutationFn: () => settingsClient.createApiKey({ name, scopes: [...scopes] }),
    onSuccess: (created) => {
      setShownKey(created.key);
      setName('');
      setScopes(['ingest']);
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings.apiKeys });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => settingsClient.deleteApiKey(id),
    onSuccess: () => {
      pushToast('success', t('keys.revoked'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings.apiKeys });
    },
  });
  if (!isAdmin) return <p className="jf-banner">{t('cfg.adminOnly')}</p>;
  if (keys.isPending) return <PageSkeleton rows={4} />;
  if (keys.isError) return <p className="jf-error-text">{keys.error.message}</p>;
  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setScopes(on ? [...scopes, scope] : scopes.filter((s) => s !== scope));

  return (
    <>
      <SettingsSectionHead title={t('keys.title')} hint={t('keys.hint')} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() && scopes.length > 0) create.mutate();
        }}
      >
        <InputField label={t('keys.name')} value={name} maxLength={200} onChange={setName} />
        <fieldset className="jf-field">
          <legend className="jf-label">{t('keys.scopes')}</legend>
          {API_KEY_SCOPES.map((scope) => (
            <label key={scope} className="jf-checkbox">
              <input
                type="checkbox"
                value={scope}
                checked={scopes.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)}
              />
              {t(`keys.scope.${scope}`)}
            </label>
          ))}
        </fieldset>
        <ErrorAlert message={create.error?.message} small />
        <div className="jf-settings-actions">
          <SubmitButton
            caption={t('keys.create')}
            pendingCaption={t('keys.creating')}
            pending={create.isPending}
            disabled={!name.trim() || scopes.length === 0}
          />
        </div>
      </form>
      {shownKey && (
        <p className="jf-banner" role="status">
          {t('keys.created')} <code data-testid="new-api-key">{shownKey}</code> <CopyButton text={shownKey} />
        </p>
      )}
      {keys.data.items.length === 0 ? (
        <p className="jf-hint">{t('keys.empty')}</p>
      ) : (
        <DataTable
          columns={[t('keys.name'), t('keys.prefix'), t('keys.scopes'), t('keys.lastUsed')]}
          rowActionLabel={t('keys.revoke')}
          testId="api-key-table"
        >
          {keys.data.items.map((key) => (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{key.scopes.map((scope) => t(`keys.scope.${scope}`)).join(', ')}</td>
              <td>{key.lastUsedAt ? new Date(key.lastUsedAt).toLocaleString() : t('keys.never')}</td>
              <td>
                <RowActionButton
                  label={t('keys.revoke')}
                  pending={revoke.isPending}
                  onClick={() => revoke.mutate(key.id)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
