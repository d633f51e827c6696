import {
  type MessagingSettings,
  messagingSettingsSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fieldErrorsOf } from '../../../api/fieldErrors';
import { queryKeys } from '../../../api/queryKeys';
import { serverConfigQuery } from '../../../api/serverConfigQuery';
import { InputField } from '../../../components/InputField';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { SubmitButton } from '../../../components/SubmitButton';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { isValidOptoutLine } from '../adPreview';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { settingsClient } from '../settingsClient';
import { AdPreview } from './AdPreview';
import { CapFieldset, fatigueCapLabels, totalAdCapLabels } from './CapFieldset';
import { LinkHostField } from './LinkHostField';
import { SettingsSectionHead } from './SettingsSectionHead';

/**
 * `/settings/messaging`: the advertising identity ad texts must carry (sender name, free 080 opt-out
 * line) with a live preview, and the send-time rules the engine applies to every ad.
 */
export function MessagingSettingsTab() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const config = useQuery(serverConfigQuery);
  const saved = useQuery({
    queryKey: queryKeys.settings.messaging,
    queryFn: ({ signal }) => settingsClient.messaging(signal),
  });
  const [form, setForm] = useState<MessagingSettings | undefined>();
  useEffect(() => {
    if (saved.data) setForm(saved.data);
  }, [saved.data]);
  const save = useSaveSettings(queryKeys.settings.messaging, (body: MessagingSettings) =>
    settingsClient.saveMessaging(body),
  );
  if (saved.isPending || !form) return <PageSkeleton rows={4} />;
  if (saved.isError) return <p className="jf-error-text">{saved.error.message}</p>;

  const local = messagingSettingsSchema.safeParse(form);
  const localErrors: Record<string, string> = {};
  if (!local.success)
    for (const issue of local.error.issues) localErrors[issue.path.map(String).join('.')] ??= issue.message;
  const cap = form.fatigueCap;
  const errors: Record<string, string | undefined> = { ...fieldErrorsOf(save.error), ...localErrors };
  const optoutWarning =
    form.optoutLine.trim() !== '' && !isValidOptoutLine(form.optoutLine)
      ? t('cfg.messaging.optoutInvalid')
      : '';

  return (
    <>
      <SettingsSectionHead title={t('cfg.messaging.title')} hint={t('cfg.messaging.hint')} />
      {!isAdmin && <p className="jf-banner">{t('cfg.adminOnly')}</p>}
      <div className="jf-settings-split">
        <form
          className="jf-card jf-settings-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (local.success) save.mutate(local.data);
          }}
        >
          <InputField
            label={t('cfg.messaging.senderName')}
            value={form.senderName}
            readOnly={!isAdmin}
            maxLength={40}
            placeholder="데모몰"
            aria-invalid={errors.senderName ? true : undefined}
            onChange={(senderName) => setForm({ ...form, senderName })}
          >
            {errors.senderName ? (
              <div className="jf-field-error" role="alert">
                {errors.senderName}
              </div>
            ) : (
              <div className="jf-hint">{t('cfg.messaging.senderNameHint')}</div>
            )}
          </InputField>
          <InputField
            label={t('cfg.messaging.optoutLine')}
            value={form.optoutLine}
            readOnly={!isAdmin}
            maxLength={60}
            placeholder={t('cfg.messaging.optoutHint')}
            aria-invalid={errors.optoutLine || optoutWarning ? true : undefined}
            onChange={(optoutLine) => setForm({ ...form, optoutLine })}
          >
            {errors.optoutLine || optoutWarning ? (
              <div className="jf-field-error" role="alert">
                {errors.optoutLine ?? optoutWarning}
              </div>
            ) : (
              <div className="jf-hint">{t('cfg.messaging.optoutHint')}</div>
            )}
          </InputField>
          <CapFieldset
            field="fatigueCap"
            labels={fatigueCapLabels}
            cap={cap}
            editable={isAdmin}
            errors={errors}
            onChange={(fatigueCap) => setForm({ ...form, fatigueCap })}
          />
          <CapFieldset
            field="totalAdCap"
            labels={totalAdCapLabels}
            cap={form.totalAdCap}
            editable={isAdmin}
            errors={errors}
            onChange={(totalAdCap) => setForm({ ...form, totalAdCap })}
            testId="total-ad-cap"
          />
          <LinkHostField
            linkHost={form.linkHost}
            defaultBase={config.data?.publicUrl ?? window.location.origin}
            editable={isAdmin}
            error={errors.linkHost}
            onChange={(linkHost) => {
              const { linkHost: _old, ...rest } = form;
              setForm(linkHost === undefined ? rest : { ...rest, linkHost });
            }}
          />
          {isAdmin && (
            <div className="jf-settings-actions">
              <SubmitButton pending={save.isPending} disabled={!local.success} />
            </div>
          )}
        </form>
        <div className="jf-card">
          <h3 className="jf-label">{t('cfg.messaging.preview')}</h3>
          <AdPreview settings={form} body={t('cfg.messaging.sampleBody')} />
          <h3 className="jf-label" style={{ marginTop: 20 }}>
            {t('cfg.messaging.rules')}
          </h3>
          <ul className="jf-settings-rules">
            <li>{t('cfg.messaging.night')}</li>
            <li>
              {cap.enabled
                ? t('cfg.messaging.fatigue', { max: cap.max, hours: cap.perSeconds / 3600 })
                : t('cfg.messaging.fatigueOff')}
            </li>
            <li>
              {form.totalAdCap.enabled
                ? t('settings.totalAdCapRule', {
                    max: form.totalAdCap.max,
                    hours: form.totalAdCap.perSeconds / 3600,
                  })
                : t('settings.totalAdCapOff')}
            </li>
            <li>{t('cfg.messaging.consent')}</li>
            <li>{t('cfg.messaging.optouts')}</li>
          </ul>
          <p className="jf-hint">{t('cfg.messaging.fixed')}</p>
        </div>
      </div>
    </>
  );
}
