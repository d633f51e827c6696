import { useT } from '../i18n/useT';

/** Placeholder blocks shown while a screen's code or data loads. */
export function PageSkeleton({ rows = 4 }: { readonly rows?: number }) {
  const t = useT();
  return (
    <div className="jf-skeleton-page" role="status" aria-busy="true" aria-label={t('common.loading')}>
      <div className="jf-skeleton jf-skeleton-title" />
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders.
        <div key={index} className="jf-skeleton jf-skeleton-row" />
      ))}
    </div>
  );
}
