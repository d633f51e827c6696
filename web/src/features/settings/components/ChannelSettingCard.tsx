import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { ChannelProvider, ChannelSetting } from '@journeyflow/shared/messaging/channelSettings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { fieldErrorsOf } from '../../../api/fieldErrors';
import { queryKeys } from '../../../api/queryKeys';
import { formatRelativeTime } from '../../../components/formatRelativeTime';
import { SubmitButton } from '../../../components/SubmitButton';
import { pushToast } from '../../../components/toastStore';
import type { MessageKey } from '../../../i18n/dictionary';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import {
  initialValues,
  type ProviderFormValues,
  providerFields,
  providersFor,
  toProviderInput,
} from '../providerFields';
import { secretsToEnterAgain } from '../secretsToEnterAgain';
import { settingsClient } from '../settingsClient';
import { ProviderFieldInput } from './ProviderFieldInput';

/**
 * One channel's provider: pick it, edit its non-secret fields, type secrets into write-only inputs (the
 * saved ones show only as "set"), and save. Choosing the sandbox removes the provider config.
 */
export function ChannelSettingCard({
  channel,
  saved,
}: {
  readonly channel: Channel;
  readonly saved: ChannelSetting | undefined;
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const queryClient = useQueryClient();
  const headingId = useId();
  const savedProvider: ChannelProvider = saved?.provider ?? 'sandbox';
  const [provider, setProvider] = useState<ChannelProvider>(savedProvider);
  const [values, setValues] = useState<ProviderFormValues>(() =>
    initialValues(savedProvider, saved?.config ?? {}),
  );
  // A fresh answer from the server (after saving) resets the form, secrets blank again.
  useEffect(() => {
    setProvider(saved?.provider ?? 'sandbox');
    setValues(initialValues(saved?.provider ?? 'sandbox', saved?.config ?? {}));
  }, [saved]);
  const channelName = t(`cfg.channel.${channel}` as MessageKey);
  const save = useMutation({
    mutationFn: async () => {
      if (provider === 'sandbox') {
        await settingsClient.resetChannel(channel);
        return 'reset' as const;
      }
      await settingsClient.saveChannel(channel, toProviderInput(provider, values));
      return 'saved' as const;
    },
    onSuccess: async (result) => {
      pushToast(
        'success',
        t(result === 'reset' ? 'cfg.channelReset' : 'cfg.channelSaved', { channel: channelName }),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.settings.channels });
    },
  });
  const providers = providersFor(channel);
  const sameProvider = provider === savedProvider;
  const secretsSet = sameProvider ? (saved?.secretsSet ?? []) : [];
  // An edited endpoint (base URL, SMTP host, …) sends no stored secret: they must be typed in again.
  const enterAgain = secretsToEnterAgain(provider, saved?.config ?? {}, values, secretsSet);
  const refusedSecrets = isApiError(save.error, 'secrets_required')
    ? ((save.error.details as { fields?: string[] } | undefined)?.fields ?? [])
    : [];
  const errors = {
    ...fieldErrorsOf(save.error),
    ...Object.fromEntries(refusedSecrets.map((key) => [key, t('cfg.secretEnterAgainError')])),
  };

  return (
    <section className="jf-card" aria-labelledby={headingId} data-testid={`channel-${channel}`}>
      <div className="jf-settings-card-head">
        <h3 id={headingId}>{channelName}</h3>
        {saved?.updatedAt && (
          <span className="jf-hint">
            {t('cfg.updatedAt', { time: formatRelativeTime(saved.updatedAt, locale) })}
          </span>
        )}
      </div>
      {providers.length === 0 ? (
        <p className="jf-hint">{t('cfg.inappBuiltIn')}</p>
      ) : (
        <form
          className="jf-settings-form"
          onSubmit={(event) => {
            event.preventDefault();
            save.reset();
            save.mutate();
          }}
        >
          <div className="jf-field">
            <label className="jf-label" htmlFor={`${headingId}-provider`}>
              {t('cfg.provider')}
            </label>
            <select
              id={`${headingId}-provider`}
              className="jf-input"
              value={provider}
              onChange={(event) => {
                const next = event.target.value as ChannelProvider;
                setProvider(next);
                setValues(initialValues(next, next === savedProvider ? (saved?.config ?? {}) : {}));
                save.reset();
              }}
            >
              {providers.map((option) => (
                <option key={option} value={option}>
                  {t(`cfg.provider.${option}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          {provider === 'sandbox' && <p className="jf-hint">{t('cfg.sandboxNote')}</p>}
          {!sameProvider && (saved?.secretsSet.length ?? 0) > 0 && (
            <p className="jf-hint">{t('cfg.providerSwitch')}</p>
          )}
          {enterAgain.length > 0 && (
            <p className="jf-hint" data-testid={`endpoint-changed-${channel}`}>
              {t('cfg.endpointChanged')}
            </p>
          )}
          {providerFields(provider).map((field) => (
            <ProviderFieldInput
              key={`${provider}-${field.key}`}
              field={field}
              value={values[field.key] ?? ''}
              secretSet={secretsSet.includes(field.key)}
              enterAgain={enterAgain.includes(field.key)}
              error={errors[field.key]}
              onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
            />
          ))}
          {save.isError && Object.keys(errors).length === 0 && (
            <p className="jf-error-text" role="alert">
              {save.error.message}
            </p>
          )}
          <div className="jf-settings-actions">
            <SubmitButton pending={save.isPending} />
          </div>
        </form>
      )}
    </section>
  );
}
