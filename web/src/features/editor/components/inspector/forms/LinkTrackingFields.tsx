import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { linkBase } from '@journeyflow/shared/messaging/linkHost';
import { shortLinkUrl } from '@journeyflow/shared/messaging/trackLinks';
import { useQuery } from '@tanstack/react-query';
import { serverConfigQuery } from '../../../../../api/serverConfigQuery';
import { messagingSettingsQuery } from '../../../../../api/workspaceSettingsQueries';
import type { MessageKey } from '../../../../../i18n/dictionary';
import { useT } from '../../../../../i18n/useT';
import { CheckboxField, TextField } from '../fields';

type SendSettings = NodeSettings<'send'>;

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;
/** What each parameter is when left empty: a fixed value, or the dictionary's words for a per-send value. */
const UTM_DEFAULTS: Record<
  (typeof UTM_KEYS)[number],
  { readonly fixed: string } | { readonly key: MessageKey }
> = {
  utm_source: { fixed: 'journeyflow' },
  utm_medium: { key: 'links.utmDefault.channel' },
  utm_campaign: { key: 'links.utmDefault.journey' },
  utm_content: { key: 'links.utmDefault.node' },
};

/**
 * The base of tracked short links: the workspace's link host (Settings → messaging), else the server's
 * `JOURNEYFLOW_PUBLIC_URL`, else this page's origin until known.
 */
export function usePublicUrl(): string {
  const config = useQuery(serverConfigQuery);
  const messaging = useQuery(messagingSettingsQuery);
  return linkBase(messaging.data?.linkHost, config.data?.publicUrl ?? window.location.origin);
}

/** Whether a send node shortens its links when it sends (on unless switched off). */
export const tracksLinks = (settings: SendSettings): boolean => settings.linkTracking?.enabled !== false;

/**
 * "링크 추적": the switch (on by default) and the UTM parameters added to every tracked link; an empty field
 * keeps the default shown as its placeholder.
 */
export function LinkTrackingFields({
  settings,
  onChange,
}: {
  readonly settings: SendSettings;
  readonly onChange: (next: SendSettings) => void;
}) {
  const t = useT();
  const publicUrl = usePublicUrl();
  const utmDefault = (value: (typeof UTM_DEFAULTS)[keyof typeof UTM_DEFAULTS]) =>
    'fixed' in value ? value.fixed : t(value.key);
  if (settings.channel === 'webhook') return null;
  const on = tracksLinks(settings);
  const utm = settings.linkTracking?.utm ?? {};
  const setUtm = (key: string, value: string) => {
    const { [key]: _old, ...rest } = utm;
    const next = value.trim() === '' ? rest : { ...rest, [key]: value };
    const linkTracking = { enabled: on, ...(Object.keys(next).length > 0 ? { utm: next } : {}) };
    onChange({ ...settings, linkTracking });
  };
  return (
    <fieldset className="jf-field" data-testid="link-tracking">
      <CheckboxField
        label={t('links.tracking')}
        checked={on}
        onChange={(enabled) => onChange({ ...settings, linkTracking: { ...settings.linkTracking, enabled } })}
      />
      {on && (
        <>
          <div className="jf-hint">
            {t('links.trackingHint', { example: shortLinkUrl(publicUrl, 'Ab3dE9x') })}
          </div>
          <div className="jf-hint">{t('links.utm')}</div>
          {UTM_KEYS.map((key) => (
            <TextField
              key={key}
              label={key}
              value={utm[key] ?? ''}
              placeholder={t('links.utmDefault', { value: utmDefault(UTM_DEFAULTS[key]) })}
              onChange={(value) => setUtm(key, value)}
            />
          ))}
        </>
      )}
    </fieldset>
  );
}
