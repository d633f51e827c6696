import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/useT';

/** Honest placeholder for a screen owned by a later milestone: says so plainly instead of pretending. */
export function MissingFeature({ title }: { readonly title: MessageKey }) {
  const t = useT();
  return (
    <div className="jf-page">
      <h1 className="jf-page-title">{t(title)}</h1>
      <div className="jf-empty">
        <p>{t('page.missingFeature')}</p>
      </div>
    </div>
  );
}
