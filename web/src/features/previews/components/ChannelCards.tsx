import { useT } from '../../../i18n/useT';
import { KakaoButtons } from './KakaoButtons';

const shown = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A Brand Message: the Kakao bubble with its image and buttons. */
export function BrandMessageBubble({ content }: { readonly content: Readonly<Record<string, unknown>> }) {
  const t = useT();
  const buttons = Array.isArray(content.buttons) ? (content.buttons as { name: string; url?: string }[]) : [];
  return (
    <>
      <div className="jf-preview-head">
        <span>{t('preview.brand.head')}</span>
      </div>
      <div className="jf-preview-bubble jf-preview-kakao">
        {shown(content.imageUrl) && <div className="jf-preview-image">🖼 {t('preview.image')}</div>}
        {shown(content.text)}
        <KakaoButtons buttons={buttons} />
      </div>
    </>
  );
}

/** A push as it lands on a locked phone: app, time, title and two lines of body. */
export function PushLockScreen({ content }: { readonly content: Readonly<Record<string, unknown>> }) {
  const t = useT();
  return (
    <>
      <div className="jf-preview-head">
        <span>{t('preview.push.head')}</span>
      </div>
      <div className="jf-preview-lockscreen">
        <div className="jf-preview-clock">9:41</div>
        <div className="jf-preview-notification" data-testid="preview-push">
          <div className="jf-preview-notification-app">
            <span>🔔 {t('preview.push.app')}</span>
            <span>{t('preview.push.now')}</span>
          </div>
          <strong>{shown(content.title)}</strong>
          <div className="jf-preview-clamp">{shown(content.body)}</div>
          {shown(content.imageUrl) && <div className="jf-preview-image">🖼 {t('preview.image')}</div>}
        </div>
      </div>
    </>
  );
}

/** An in-app message as the card the widget shows inside the site or app. */
export function InappCard({ content }: { readonly content: Readonly<Record<string, unknown>> }) {
  const t = useT();
  return (
    <>
      <div className="jf-preview-head">
        <span>{t('preview.inapp.head')}</span>
      </div>
      <div className="jf-preview-inapp" data-testid="preview-inapp">
        {shown(content.imageUrl) && <div className="jf-preview-image">🖼 {t('preview.image')}</div>}
        <strong>{shown(content.title)}</strong>
        <p>{shown(content.body)}</p>
        {shown(content.ctaLabel) && (
          <span className="jf-preview-cta" title={shown(content.ctaUrl)}>
            {shown(content.ctaLabel)}
          </span>
        )}
      </div>
    </>
  );
}

/**
 * An email: subject line and the HTML body in an iframe with an empty `sandbox` (no scripts, forms,
 * navigation or same-origin access), so a template's markup cannot touch the app.
 */
export function EmailFrame({ content }: { readonly content: Readonly<Record<string, unknown>> }) {
  const t = useT();
  return (
    <>
      <div className="jf-preview-head">
        <span>{t('preview.email.head')}</span>
      </div>
      <div className="jf-preview-email">
        <div className="jf-preview-email-subject">
          <span className="jf-hint">{t('preview.email.subject')}</span>{' '}
          <strong>{shown(content.subject)}</strong>
        </div>
        <iframe
          className="jf-preview-email-frame"
          title={t('preview.email.frame')}
          sandbox=""
          srcDoc={shown(content.html) ?? shown(content.text) ?? ''}
          data-testid="preview-email-frame"
        />
      </div>
    </>
  );
}

/** A webhook reaches a system, not a person: its address and body as sent. */
export function WebhookCard({ content }: { readonly content: Readonly<Record<string, unknown>> }) {
  const t = useT();
  const body = content.body;
  return (
    <>
      <div className="jf-preview-head">
        <span>{t('preview.webhook.head')}</span>
        <span>{shown(content.url)}</span>
      </div>
      {body !== undefined && (
        <pre className="jf-preview-code">
          {typeof body === 'string' ? body : JSON.stringify(body, null, 2)}
        </pre>
      )}
    </>
  );
}
