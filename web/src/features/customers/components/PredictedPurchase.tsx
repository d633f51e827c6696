import { useT } from '../../../i18n/useT';

type Predicted = { next_purchase_at?: unknown; interval_days?: unknown; confidence?: unknown };

/** The customer's computed next purchase (built-in `predicted.*`, docs/prediction.md) in the profile list. */
export function PredictedPurchase({ predicted }: { readonly predicted: unknown }) {
  const t = useT();
  const p = (predicted && typeof predicted === 'object' ? predicted : {}) as Predicted;
  const at = typeof p.next_purchase_at === 'string' ? new Date(p.next_purchase_at) : undefined;
  return (
    <>
      <dt>{t('predicted.title')}</dt>
      <dd data-testid="customer-predicted">
        {at && !Number.isNaN(at.getTime()) ? (
          <>
            {t('predicted.nextAt')} {at.toLocaleDateString()}
            {typeof p.interval_days === 'number' &&
              ` · ${t('predicted.interval')} ${t('predicted.intervalDays', { days: p.interval_days })}`}
            {typeof p.confidence === 'number' &&
              ` · ${t('predicted.confidence')} ${Math.round(p.confidence * 100)}%`}
          </>
        ) : (
          t('predicted.none')
        )}
      </dd>
    </>
  );
}
