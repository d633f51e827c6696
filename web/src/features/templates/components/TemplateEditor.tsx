import type {
  CreateTemplateRequest,
  Template,
  TemplatePreviewResponse,
} from '@journeyflow/shared/api/templates';
import {
  channels as allChannels,
  type Channel,
  type MessagePurpose,
} from '@journeyflow/shared/messaging/channelContent';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useMemo, useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { messagingSettingsQuery } from '../../../api/workspaceSettingsQueries';
import { SelectField } from '../../../components/SelectField';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { AlimtalkTemplateFields } from '../../previews/components/AlimtalkTemplateFields';
import { renderLivePreview } from '../../previews/renderLivePreview';
import { TestSendButton } from '../../testSend/components/TestSendButton';
import { cleanContent, contentFields, emptyContent } from '../contentFields';
import { templateErrorText as errorText } from '../templateErrorText';
import { KeyValueRows } from './KeyValueRows';
import { PreviewCard } from './PreviewCard';
import { SmsCounter } from './SmsCounter';

type Draft = { name: string; channel: Channel; purpose: MessagePurpose; content: Record<string, unknown> };

const toDraft = (template: Template | undefined): Draft =>
  template
    ? {
        name: template.name,
        channel: template.channel,
        purpose: template.purpose,
        content: { ...template.content },
      }
    : { name: '', channel: 'sms', purpose: 'info', content: emptyContent('sms') };

const stringOf = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

/**
 * Edits one template: channel-specific fields, a live preview rendered in the browser for the sample
 * customer (with the SMS byte counter and ad-rule issues), and a server preview for a real customer.
 */
export function TemplateEditor({
  template,
  onSaved,
  onDeleted,
}: {
  readonly template?: Template;
  readonly onSaved: (template: Template) => void;
  readonly onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const t = useT();
  const messaging = useQuery(messagingSettingsQuery).data;
  const [draft, setDraft] = useState<Draft>(() => toDraft(template));
  const [eventJson, setEventJson] = useState('{ "productName": "겨울 패딩" }');
  const [externalId, setExternalId] = useState('');
  const [serverPreview, setServerPreview] = useState<TemplatePreviewResponse | null>(null);
  const deferred = useDeferredValue(draft);

  const eventProperties = useMemo(() => {
    try {
      const parsed = JSON.parse(eventJson) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }, [eventJson]);
  const live = useMemo(
    () =>
      renderLivePreview(
        deferred.channel,
        deferred.purpose,
        cleanContent(deferred.channel, deferred.content),
        eventProperties,
        new Date(),
        messaging ? { senderName: messaging.senderName, optoutLine: messaging.optoutLine } : {},
      ),
    [deferred, eventProperties, messaging],
  );

  const request = (): CreateTemplateRequest =>
    ({
      name: draft.name,
      channel: draft.channel,
      purpose: draft.purpose,
      content: cleanContent(draft.channel, draft.content),
    }) as CreateTemplateRequest;

  const save = useMutation({
    // The form shows the error (with the ad-rule issues in the reader's language) itself.
    meta: { silentError: true },
    mutationFn: () =>
      template ? templatesApi.update(template.id, request()) : templatesApi.create(request()),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.templates.all });
      pushToast('success', t('tpl.saved', { name: saved.name }));
      onSaved(saved);
    },
  });
  const remove = useMutation({
    mutationFn: () => templatesApi.remove(template!.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.templates.all });
      onDeleted();
    },
    onError: (error) => pushToast('error', errorText(t, error)),
  });
  const preview = useMutation({
    mutationFn: () =>
      templatesApi.preview(template!.id, {
        ...(externalId.trim() ? { externalId: externalId.trim() } : {}),
        ...(eventProperties ? { event: { properties: eventProperties } } : {}),
      }),
    onSuccess: setServerPreview,
  });

  const setContent = (key: string, value: unknown) =>
    setDraft((d) => ({ ...d, content: { ...d.content, [key]: value } }));
  const setChannel = (channel: Channel) =>
    setDraft((d) => ({
      ...d,
      channel,
      content: emptyContent(channel),
      purpose: channel === 'alimtalk' ? 'info' : d.purpose,
    }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  const renderedText =
    live.ok && typeof live.rendered.text === 'string' ? live.rendered.text : stringOf(draft.content.text);

  return (
    <form
      className="jf-card"
      onSubmit={onSubmit}
      aria-label={t('tpl.editor')}
      style={{ display: 'grid', gap: 12 }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr 1fr', gap: 12 }}>
        <label className="jf-field">
          <span className="jf-label">{t('tpl.name')}</span>
          <input
            className="jf-input"
            value={draft.name}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
            required
          />
        </label>
        <SelectField
          label={t('tpl.channel')}
          value={draft.channel}
          options={allChannels.map((c) => ({ value: c, label: t(`cfg.channel.${c}`) }))}
          onChange={setChannel}
          disabled={template !== undefined}
        />
        <SelectField
          label={t('tpl.purpose')}
          value={draft.purpose}
          options={[
            { value: 'info', label: t('tpl.purpose.info') },
            { value: 'ad', label: t('tpl.purpose.ad'), disabled: draft.channel === 'alimtalk' },
          ]}
          onChange={(purpose) => setDraft((d) => ({ ...d, purpose }))}
        />
      </div>

      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
        <div>
          {draft.channel === 'alimtalk' ? (
            <AlimtalkTemplateFields
              codeLabel={t('tpl.field.templateCode')}
              content={draft.content}
              onChange={(next) => setDraft((d) => ({ ...d, content: { ...d.content, ...next } }))}
            />
          ) : null}
          {contentFields[draft.channel]
            .filter((f) => f.key !== 'templateCode')
            .map((f) => (
              <div key={f.key} className="jf-field">
                <span className="jf-label">
                  {t(f.label)}
                  {f.required ? ' *' : ''}
                </span>
                {f.multiline ? (
                  <textarea
                    className="jf-textarea"
                    rows={f.key === 'html' ? 8 : 5}
                    value={stringOf(draft.content[f.key])}
                    placeholder={f.placeholder}
                    onChange={(e) => setContent(f.key, e.target.value)}
                    aria-label={t(f.label)}
                  />
                ) : (
                  <input
                    className="jf-input"
                    value={stringOf(draft.content[f.key])}
                    placeholder={f.placeholder}
                    onChange={(e) => setContent(f.key, e.target.value)}
                    aria-label={t(f.label)}
                  />
                )}
                {draft.channel === 'sms' && f.key === 'text' ? (
                  <SmsCounter
                    text={renderedText}
                    subject={stringOf(draft.content.subject)}
                    imageUrl={stringOf(draft.content.imageUrl)}
                  />
                ) : null}
              </div>
            ))}
          {draft.channel === 'alimtalk' || draft.channel === 'brandmessage' ? (
            <KeyValueRows
              label={t('tpl.buttons')}
              keyLabel={t('tpl.buttonLabel')}
              valueLabel={t('tpl.buttonUrl')}
              max={5}
              rows={((draft.content.buttons ?? []) as { name: string; url?: string }[]).map((b) => [
                b.name,
                b.url ?? '',
              ])}
              onChange={(rows) =>
                setContent(
                  'buttons',
                  rows.map(([name, url]) => (url ? { name, url } : { name })),
                )
              }
            />
          ) : null}
          <label className="jf-field">
            <span className="jf-label">{t('tpl.sampleEvent')}</span>
            <input className="jf-input" value={eventJson} onChange={(e) => setEventJson(e.target.value)} />
          </label>
        </div>
        <div>
          <PreviewCard
            title={t('tpl.livePreview')}
            preview={live}
            channel={deferred.channel}
            purpose={deferred.purpose}
          />
          {template ? (
            <div className="jf-field" style={{ marginTop: 12 }}>
              <span className="jf-label">{t('tpl.customerPreview')}</span>
              <div style={{ display: 'flex', gap: 8 }}>
                <input
                  className="jf-input"
                  placeholder={t('tpl.externalIdPlaceholder')}
                  value={externalId}
                  onChange={(e) => setExternalId(e.target.value)}
                  aria-label={t('tpl.externalId')}
                />
                <button
                  type="button"
                  className="jf-button"
                  onClick={() => preview.mutate()}
                  disabled={preview.isPending}
                >
                  {t('tpl.preview')}
                </button>
              </div>
              {preview.isError ? <p className="jf-error-text">{errorText(t, preview.error)}</p> : null}
              {serverPreview ? (
                <PreviewCard
                  channel={draft.channel}
                  purpose={draft.purpose}
                  title={`${t('tpl.serverPreview')}${externalId ? ` · ${externalId}` : ''}`}
                  preview={{
                    ok: true,
                    rendered: serverPreview.rendered,
                    missingVariables: serverPreview.missingVariables,
                    issues: serverPreview.issues ?? [],
                  }}
                />
              ) : null}
            </div>
          ) : null}
        </div>
      </div>

      {save.isError ? (
        <p className="jf-error-text" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {errorText(t, save.error)}
        </p>
      ) : null}
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <TestSendButton
          subject={{
            channel: draft.channel,
            purpose: draft.purpose,
            content: cleanContent(draft.channel, draft.content),
          }}
        />
        {template ? (
          <button
            type="button"
            className="jf-button jf-button-danger"
            onClick={() => {
              if (window.confirm(t('tpl.deleteConfirm', { name: template.name }))) remove.mutate();
            }}
          >
            {t('tpl.delete')}
          </button>
        ) : null}
        <button type="submit" className="jf-button jf-button-primary" disabled={save.isPending}>
          {t('tpl.save')}
        </button>
      </div>
    </form>
  );
}
