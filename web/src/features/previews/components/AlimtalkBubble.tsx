import { useT } from '../../../i18n/useT';
import { alimtalkSegments } from '../alimtalkSegments';
import { useAlimtalkRegistry } from '../useAlimtalkRegistry';
import { KakaoButtons } from './KakaoButtons';

type Button = { readonly name: string; readonly url?: string };

/**
 * An AlimTalk as KakaoTalk shows it: the body registered with Kakao, the step's values filled into its
 * `#{…}` placeholders (marked), the registered buttons. An already-rendered `text` (the message log)
 * is shown as it was sent.
 */
export function AlimtalkBubble({
  templateCode,
  variables,
  buttons,
  sentText,
}: {
  readonly templateCode: string;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly buttons?: readonly Button[] | undefined;
  readonly sentText?: string | undefined;
}) {
  const t = useT();
  const registry = useAlimtalkRegistry();
  const template = registry?.find((candidate) => candidate.code === templateCode);
  const segments = template ? alimtalkSegments(template.body, variables) : [];
  const missing = segments.flatMap((segment) => (segment.kind === 'missing' ? [`#{${segment.name}}`] : []));
  let body: React.ReactNode;
  if (sentText !== undefined && !template) body = sentText;
  else if (template)
    body = segments.map((segment, index) =>
      segment.kind === 'text' ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one body never reorder
        <span key={index}>{segment.text}</span>
      ) : segment.kind === 'value' ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one body never reorder
        <mark key={index} className="jf-preview-value" title={`#{${segment.name}}`}>
          {segment.text}
        </mark>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one body never reorder
        <mark key={index} className="jf-preview-missing">
          {`#{${segment.name}}`}
        </mark>
      ),
    );
  else body = null;
  return (
    <>
      <div className="jf-preview-head">
        <span>{t('preview.alimtalk.head')}</span>
        <span>{template?.name ?? templateCode}</span>
      </div>
      <div className="jf-preview-bubble jf-preview-kakao" data-testid="preview-alimtalk-body">
        <div className="jf-preview-kakao-title">{t('preview.alimtalk.head')}</div>
        {body ??
          (templateCode === ''
            ? t('preview.alimtalk.noCode')
            : registry === undefined
              ? t('preview.alimtalk.loading')
              : t('preview.alimtalk.unknown', { code: templateCode }))}
        <KakaoButtons buttons={buttons && buttons.length > 0 ? buttons : (template?.buttons ?? [])} />
      </div>
      {missing.length > 0 && (
        <p className="jf-preview-warn">⚠ {t('preview.alimtalk.missing', { names: missing.join(', ') })}</p>
      )}
    </>
  );
}
