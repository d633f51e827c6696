import type { AdStepWarning } from '@journeyflow/shared/compliance/openAdStepWarnings';
import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { isNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { channelSchema, messagePurposeSchema } from '@journeyflow/shared/messaging/channelContent';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeDescription, nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { AdWarningsList } from '../../compliance/AdWarningsList';
import type { DiffMark } from '../../editor/utils/graphToFlow';
import { DraftMessagePreview } from '../../previews/components/DraftMessagePreview';
import { describeChange } from '../utils/describeChange';
import { settingsLeaves } from '../utils/settingsLeaves';

/**
 * The step the reviewer clicked, in full: its kind, every setting in words and, for a send step, the
 * message as the customer will see it (the saved template's text when it sends one).
 */
export function ReviewNodeDetail({
  node,
  mark,
  onClose,
  warnings = [],
}: {
  readonly node: DraftJourneyNode;
  readonly mark?: DiffMark | undefined;
  readonly onClose: () => void;
  /** Open ad-law warnings of this step (they block publishing). */
  readonly warnings?: readonly AdStepWarning[];
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const ref = useRef<HTMLElement>(null);
  // The side panel may be scrolled down to the diff or the comments: bring the clicked step into view.
  // (A block body: newer browsers return a promise from scrollIntoView, which React would call as cleanup.)
  useEffect(() => {
    void ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const isSend = node.type === 'send';
  const templateId = typeof node.settings.templateId === 'string' ? node.settings.templateId : undefined;
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
    enabled: templateId !== undefined,
    staleTime: 60_000,
  });
  const template = templates.data?.items.find((candidate) => candidate.id === templateId);
  const channel = channelSchema.safeParse(node.settings.channel);
  const purpose = messagePurposeSchema.safeParse(node.settings.purpose);
  const kind = isNodeType(node.type) ? nodeTypeLabel(node.type, locale) : node.type;
  const leaves = settingsLeaves(node.settings, isSend ? ['content', 'fallback.content'] : []).map(
    ([path, value]) => {
      const words = describeChange({ path, after: value }, t, locale);
      return { path, field: words.field, value: words.after };
    },
  );
  const content = template ? template.content : node.settings.content;
  const fallback = node.settings.fallback as { content?: Record<string, unknown> } | undefined;
  return (
    <section
      ref={ref}
      className="jf-panel jf-review-node"
      data-testid="review-node-detail"
      data-node-id={node.id}
    >
      <div className="jf-review-node-head">
        <h2 className="jf-panel-title">{node.label ?? kind}</h2>
        <button type="button" className="jf-icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {mark === 'removed' && <p className="jf-banner is-error">{t('rw.node.removed')}</p>}
      {warnings.length > 0 && <AdWarningsList warnings={warnings} />}
      <dl className="jf-review-node-facts">
        <dt>{t('rw.node.kind')}</dt>
        <dd>
          {kind}
          {isNodeType(node.type) && (
            <span className="jf-hint"> — {nodeTypeDescription(node.type, locale)}</span>
          )}
        </dd>
        {leaves.map((leaf) => (
          <div key={leaf.path} className="jf-review-node-fact">
            <dt>{leaf.field}</dt>
            <dd>{leaf.path === 'templateId' && template ? template.name : leaf.value}</dd>
          </div>
        ))}
      </dl>
      {leaves.length === 0 && !isSend && <p className="jf-hint">{t('rw.node.nothing')}</p>}
      {isSend && channel.success && (
        <>
          <h3 className="jf-subtitle">{t('preview.title')}</h3>
          {templateId !== undefined && !template && !templates.isPending ? (
            <p className="jf-error-text">{t('rw.node.templateMissing')}</p>
          ) : content && typeof content === 'object' ? (
            <DraftMessagePreview
              channel={channel.data}
              purpose={template?.purpose === 'ad' ? 'ad' : purpose.success ? purpose.data : undefined}
              content={content as Record<string, unknown>}
            />
          ) : null}
          {fallback?.content && (
            <>
              <h3 className="jf-subtitle">{t('rw.field.fallback')}</h3>
              <DraftMessagePreview channel="sms" content={fallback.content} />
            </>
          )}
        </>
      )}
    </section>
  );
}
