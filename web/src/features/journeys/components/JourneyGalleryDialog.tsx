import type { JourneyTemplate } from '@journeyflow/shared/api/journeyTemplates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { CloseButton } from '../../../components/CloseButton';
import { Dialog, type ModalProps } from '../../../components/Dialog';
import { SubmitButton } from '../../../components/SubmitButton';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { journeyTemplatesClient } from '../journeyTemplatesClient';

/**
 * "새 여정 → 템플릿에서": pick a gallery journey, name it, and open the new draft in the editor, where
 * validation shows the blank templates and segments to fill.
 */
export function JourneyGalleryDialog({ open, onClose }: ModalProps) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<JourneyTemplate | null>(null);
  const [name, setName] = useState('');
  const templates = useQuery({
    queryKey: queryKeys.journeyTemplates.all,
    queryFn: ({ signal }) => journeyTemplatesClient.list(signal),
    enabled: open,
    staleTime: 5 * 60_000,
  });
  const create = useMutation({
    mutationFn: (input: { name: string; fromTemplate: string }) => journeysApi.create(input),
    onSuccess: (journey) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.all });
      void navigate(`/journeys/${journey.id}`);
    },
  });
  const choose = (template: JourneyTemplate) => {
    setChosen(template);
    setName(template.name);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen && name.trim()) create.mutate({ name: name.trim(), fromTemplate: chosen.id });
  };

  return (
    <Dialog
      title={t('gallery.title')}
      open={open}
      onClose={onClose}
      actions={
        <>
          <CloseButton ghost onClose={onClose} />
          <SubmitButton
            caption={t('gallery.use')}
            pendingCaption={t('gallery.creating')}
            pending={create.isPending}
            disabled={!chosen || !name.trim()}
            form="journey-gallery-form"
          />
        </>
      }
    >
      <p className="jf-hint">{t('gallery.hint')}</p>
      {templates.isLoading && <p aria-busy="true">{t('gallery.loading')}</p>}
      {templates.error && (
        <p className="jf-error-text" role="alert">
          {t('gallery.error')}{' '}
          <button
            type="button"
            className="jf-button jf-button-ghost"
            onClick={() => void templates.refetch()}
          >
            {t('gallery.retry')}
          </button>
        </p>
      )}
      {templates.data?.length === 0 && <p>{t('gallery.empty')}</p>}
      {templates.data && templates.data.length > 0 && (
        <form id="journey-gallery-form" onSubmit={submit}>
          <div role="radiogroup" aria-label={t('gallery.title')} style={{ display: 'grid', gap: 8 }}>
            {templates.data.map((template) => (
              <label
                key={template.id}
                className="jf-card"
                data-testid={`gallery-${template.id}`}
                style={{ display: 'flex', gap: 8, cursor: 'pointer', padding: 10 }}
              >
                <input
                  type="radio"
                  name="journey-template"
                  value={template.id}
                  checked={chosen?.id === template.id}
                  onChange={() => choose(template)}
                />
                <span>
                  <strong>{template.name}</strong>{' '}
                  {template.workspace && <span className="jf-badge">{t('gallery.mine')}</span>}{' '}
                  <span className="jf-hint">{t('gallery.steps', { n: template.graph.nodes.length })}</span>
                  <br />
                  <span>{locale === 'ko' ? template.description : template.descriptionEn}</span>
                </span>
              </label>
            ))}
          </div>
          {chosen && (
            <label style={{ display: 'block', marginTop: 12 }}>
              {t('gallery.name')}
              <input
                className="jf-input"
                value={name}
                maxLength={200}
                onChange={(event) => setName(event.target.value)}
              />
            </label>
          )}
          {create.error && (
            <p className="jf-error-text" role="alert">
              {t('gallery.createFailed')} {create.error.message}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}
