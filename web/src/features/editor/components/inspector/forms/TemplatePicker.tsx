import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../../api/queryKeys';
import { templatesApi } from '../../../../../api/templatesApi';
import { useT } from '../../../../../i18n/useT';
import { DraftMessagePreview } from '../../../../previews/components/DraftMessagePreview';
import { SelectField } from '../fields';

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
      <SelectField
        label={t('inspector.template')}
        value={value}
        options={[
          { value: '', label: templates.isLoading ? t('common.loading') : '—' },
          ...options.map((template) => ({
            value: template.id,
            label: `${template.name} (${t(`preview.purpose.${template.purpose}`)})`,
          })),
          ...(value && !chosen ? [{ value, label: value }] : []),
        ]}
        onChange={onChange}
        error={error}
      />
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
