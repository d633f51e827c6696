import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { type Channel, channels } from '@journeyflow/shared/messaging/channelContent';
import { classifySms } from '@journeyflow/shared/messaging/classifySms';
import { estimateMessageCost } from '@journeyflow/shared/messaging/estimateMessageCost';
import { textWithShortLinks } from '@journeyflow/shared/messaging/trackLinks';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { workspaceSettingsApi } from '../../../api/workspaceSettingsApi';
import type { MessageKey } from '../../../i18n/dictionary';
import { channelLabel, purposeLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/useT';
import { AlimtalkTemplateFields } from '../../previews/components/AlimtalkTemplateFields';
import { DraftMessagePreview } from '../../previews/components/DraftMessagePreview';
import { TestSendButton } from '../../testSend/components/TestSendButton';
import { CheckboxField, SelectField, TextField } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import {
  LinkTrackingFields,
  tracksLinks,
  usePublicUrl,
} from '../components/inspector/forms/LinkTrackingFields';
import { PinnedTemplateNote } from '../components/inspector/forms/PinnedTemplateNote';
import { TemplatePicker } from '../components/inspector/forms/TemplatePicker';
import { str, summaryT, type WebNodePlugin } from './webNodePlugin';

type SendSettings = NodeSettings<'send'>;
type Content = Record<string, unknown>;

/** Empty content of each channel, so switching channel starts from a valid shape. */
export const emptyContent: Record<Channel, Content> = {
  sms: { text: '' },
  alimtalk: { templateCode: '', variables: {} },
  brandmessage: { text: '' },
  push: { title: '', body: '' },
  inapp: { title: '', body: '' },
  email: { subject: '', html: '' },
  webhook: { url: '' },
};

/** Text fields of each channel's content, in the order the editor shows them. */
const contentFields: Record<Channel, readonly { key: string; multiline?: boolean; optional?: boolean }[]> = {
  sms: [
    { key: 'subject', optional: true },
    { key: 'text', multiline: true },
    { key: 'imageUrl', optional: true },
  ],
  // AlimTalk's template is picked from the registered list (AlimtalkTemplateFields), never typed.
  alimtalk: [],
  brandmessage: [
    { key: 'text', multiline: true },
    { key: 'imageUrl', optional: true },
  ],
  push: [
    { key: 'title' },
    { key: 'body', multiline: true },
    { key: 'deepLink', optional: true },
    { key: 'imageUrl', optional: true },
  ],
  inapp: [
    { key: 'title' },
    { key: 'body', multiline: true },
    { key: 'imageUrl', optional: true },
    { key: 'ctaLabel', optional: true },
    { key: 'ctaUrl', optional: true },
  ],
  email: [
    { key: 'subject' },
    { key: 'html', multiline: true },
    { key: 'text', multiline: true, optional: true },
  ],
  webhook: [{ key: 'url' }],
};

/**
 * Byte count and message type of an SMS text, as the carrier will bill it. With tracked links
 * (`shortLinksOn`) the text is counted as sent, each link at a short link's length, and the count as
 * typed is shown beside it.
 */
export function SmsCounter({
  text,
  subject,
  imageUrl,
  shortLinksOn,
}: {
  text: string;
  subject?: string;
  imageUrl?: string;
  shortLinksOn?: string | undefined;
}) {
  const t = useT();
  const extra = { ...(subject ? { subject } : {}), ...(imageUrl ? { imageUrl } : {}) };
  const typed = classifySms({ text, ...extra });
  const sentText = shortLinksOn ? textWithShortLinks(text, shortLinksOn) : text;
  const result = sentText === text ? typed : classifySms({ text: sentText, ...extra });
  return (
    <div className={`jf-sms-counter${result.overLimit ? ' is-bad' : ''}`} data-testid="sms-counter">
      {sentText === text
        ? t('inspector.bytes', { bytes: `${result.bytes}/${result.limit}`, kind: result.type })
        : t('links.bytesShortened', { bytes: `${result.bytes}/${result.limit}`, kind: result.type })}
      {sentText !== text && (
        <div className="jf-hint" data-testid="sms-counter-typed">
          {t('links.bytesOriginal', { bytes: `${typed.bytes}/${typed.limit}`, kind: typed.type })}
        </div>
      )}
      {result.unsupportedChars.length > 0 && (
        <span className="jf-field-error"> ⚠ {result.unsupportedChars.join(' ')}</span>
      )}
    </div>
  );
}

/**
 * What one message of this node costs at the workspace's prices (`/settings/prices`; the default table until
 * they load): SMS/LMS/MMS by bytes, AlimTalk, Brand Message.
 */
function CostEstimate({ channel, content }: { channel: Channel; content: Content }) {
  const t = useT();
  const prices = useQuery({
    queryKey: queryKeys.settings.prices,
    queryFn: ({ signal }) => workspaceSettingsApi.prices(signal),
    staleTime: 60_000,
  });
  const estimate = estimateMessageCost(channel, content, 1, prices.data);
  if (!estimate.type) return null;
  return (
    <div className="jf-sms-counter" data-testid="cost-estimate">
      {t('inspector.cost', { price: estimate.unitPrice.toLocaleString(), kind: estimate.type })}
    </div>
  );
}

function setContentField(content: Content, key: string, value: string, optional: boolean): Content {
  const { [key]: _old, ...rest } = content;
  return optional && value === '' ? rest : { ...rest, [key]: value };
}

export function SendForm({ settings, onChange, errors }: NodeFormProps<'send'>) {
  const t = useT();
  const publicUrl = usePublicUrl();
  const shortLinksOn = tracksLinks(settings) ? publicUrl : undefined;
  const content = (settings.content ?? {}) as Content;
  const usesTemplate = settings.templateId !== undefined;
  const change = (next: Record<string, unknown>) => onChange(next as SendSettings);
  const { templateId: _t, content: _c, ...base } = settings;
  return (
    <>
      <SelectField<Channel>
        label={t('inspector.channel')}
        value={settings.channel}
        options={channels.map((channel) => ({
          value: channel,
          label: t(`cfg.channel.${channel}` as MessageKey),
        }))}
        onChange={(channel) => {
          const { fallback: _f, ...rest } = base;
          change({ ...rest, channel, content: structuredClone(emptyContent[channel]) });
        }}
      />
      <SelectField<'info' | 'ad'>
        label={t('inspector.purpose')}
        value={settings.purpose}
        options={[
          { value: 'info', label: t('inspector.purpose.info') },
          { value: 'ad', label: t('inspector.purpose.ad') },
        ]}
        error={errors.get('purpose')}
        onChange={(purpose) => change({ ...settings, purpose })}
      />
      <div className="jf-segmented" role="radiogroup" aria-label={t('inspector.template')}>
        <label className={!usesTemplate ? 'is-on' : ''}>
          <input
            type="radio"
            checked={!usesTemplate}
            onChange={() => change({ ...base, content: structuredClone(emptyContent[settings.channel]) })}
          />
          {t('inspector.inlineContent')}
        </label>
        <label className={usesTemplate ? 'is-on' : ''}>
          <input type="radio" checked={usesTemplate} onChange={() => change({ ...base, templateId: '' })} />
          {t('inspector.useTemplate')}
        </label>
      </div>
      {usesTemplate ? (
        <TemplatePicker
          channel={settings.channel}
          value={settings.templateId ?? ''}
          error={errors.get('templateId')}
          onChange={(templateId) => change({ ...base, templateId })}
        />
      ) : null}
      {usesTemplate && settings.templateId ? <PinnedTemplateNote templateId={settings.templateId} /> : null}
      {usesTemplate ? null : (
        <>
          {settings.channel === 'alimtalk' && (
            <AlimtalkTemplateFields
              codeLabel={t('preview.alimtalk.pick')}
              content={content}
              error={errors.get('content.templateCode') ?? errors.get('content.variables')}
              onChange={(next) => change({ ...base, content: { ...content, ...next } })}
            />
          )}
          {contentFields[settings.channel].map((field) => (
            <TextField
              key={`${settings.channel}.${field.key}`}
              label={
                field.optional
                  ? `${t(`content.${field.key}` as MessageKey)} (${t('common.optional')})`
                  : t(`content.${field.key}` as MessageKey)
              }
              value={typeof content[field.key] === 'string' ? (content[field.key] as string) : ''}
              multiline={field.multiline ?? false}
              error={
                errors.get(`content.${field.key}`) ??
                (field.key === 'text' || field.key === 'body' ? errors.get('content') : undefined)
              }
              onChange={(value) =>
                change({
                  ...base,
                  content: setContentField(content, field.key, value, field.optional ?? false),
                })
              }
            />
          ))}
          {settings.channel === 'sms' && (
            <SmsCounter
              text={typeof content.text === 'string' ? content.text : ''}
              shortLinksOn={shortLinksOn}
              {...(typeof content.subject === 'string' ? { subject: content.subject } : {})}
              {...(typeof content.imageUrl === 'string' ? { imageUrl: content.imageUrl } : {})}
            />
          )}
          <CostEstimate
            channel={settings.channel}
            content={
              shortLinksOn && settings.channel === 'sms' && typeof content.text === 'string'
                ? { ...content, text: textWithShortLinks(content.text, shortLinksOn) }
                : content
            }
          />
          <DraftMessagePreview channel={settings.channel} purpose={settings.purpose} content={content} />
        </>
      )}
      <LinkTrackingFields settings={settings} onChange={(next) => change(next)} />
      {settings.channel === 'alimtalk' && (
        <>
          <CheckboxField
            label={t('inspector.fallback')}
            checked={settings.fallback !== undefined}
            onChange={(on) => {
              const { fallback: _f, ...rest } = settings;
              change(on ? { ...rest, fallback: { channel: 'sms', content: { text: '' } } } : rest);
            }}
          />
          {settings.fallback && (
            <>
              <TextField
                label={t('rw.field.fallback')}
                multiline
                value={settings.fallback.content.text}
                error={errors.get('fallback.content.text')}
                onChange={(text) =>
                  change({
                    ...settings,
                    fallback: { channel: 'sms', content: { ...settings.fallback?.content, text } },
                  })
                }
              />
              <SmsCounter text={settings.fallback.content.text} shortLinksOn={shortLinksOn} />
            </>
          )}
        </>
      )}
      <div className="jf-settings-actions">
        <TestSendButton
          subject={{
            channel: settings.channel,
            purpose: settings.purpose,
            ...(usesTemplate ? { templateId: settings.templateId } : { content }),
          }}
        />
      </div>
    </>
  );
}

export const sendWebPlugin: WebNodePlugin<'send'> = {
  Form: SendForm,
  icon: 'm22 2-7 20-4-9-9-4 20-7zM22 2 11 13',
  summary: (s, locale) => {
    const t = summaryT(locale);
    return t('summary.send', {
      channel: channelLabel(t, str(s.channel)),
      purpose: purposeLabel(t, s.purpose === 'ad' ? 'ad' : 'info'),
    });
  },
};
