import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../../api/queryKeys';
import { templatesApi } from '../../../../../api/templatesApi';
import { useT } from '../../../../../i18n/useT';
import { DraftMessagePreview } from '../../../../previews/components/DraftMessagePreview';
import { Field } from '../fields';

/** Saved templates of the node's channel, with a preview of the chosen one's content. */
export function TemplatePicker({
  channel,
  value,
  onChange,
  error,
}: {
  readonly channel: Channel;
  readonly value: string;
  readonly onChange: (templateId: string) => void;
  readonly error?: string | undefined;
}) {
  const t = useT();
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
    staleTime: 60_000,
  });
  const options = (templates.data?.items ?? []).filter((template) => template.channel === channel);
  const chosen = options.find((template) => template.id === value);
  return (
    <>
      <Field label={t('inspector.template')} error={error}>
        {(id, describedBy) => (
          <select
            id={id}
            className="jf-input"
            value={value}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{templates.isLoading ? t('common.loading') : '—'}</option>
            {options.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name} ({t(`preview.purpose.${template.purpose}`)})
              </option>
            ))}
            {value && !chosen && <option value={value}>{value}</option>}
          </select>
        )}
      </Field>
      {chosen && (
        <section className="jf-template-preview" aria-label={t('inspector.preview')}>
          <div className="jf-label">{t('inspector.preview')}</div>
          <DraftMessagePreview
            channel={chosen.channel}
            purpose={chosen.purpose}
            content={chosen.content as Record<string, unknown>}
          />
        </section>
      )}
    </>
  );
}
