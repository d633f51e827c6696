import type { TotalAdCap } from '@journeyflow/shared/messaging/channelSettings';
import { useId } from 'react';
import { useT } from '../../../i18n/useT';

/**
 * The total ad cap across channels (issue 13) in Settings → Ads & opt-out: at most `max` ads per customer
 * on all channels in a sliding window, on top of the per-channel fatigue cap. Admins edit it.
 */
export function TotalAdCapFieldset({
  cap,
  editable,
  errors,
  onChange,
}: {
  readonly cap: TotalAdCap;
  readonly editable: boolean;
  readonly errors: Readonly<Record<string, string | undefined>>;
  readonly onChange: (cap: TotalAdCap) => void;
}) {
  const t = useT();
  const maxId = useId();
  const hoursId = useId();
  const error = errors['totalAdCap.max'] ?? errors['totalAdCap.perSeconds'] ?? errors.totalAdCap;
  return (
    <fieldset className="jf-field jf-settings-cap" data-testid="total-ad-cap">
      <legend className="jf-label">{t('settings.totalAdCap')}</legend>
      <label className="jf-checkbox">
        <input
          type="checkbox"
          checked={cap.enabled}
          disabled={!editable}
          onChange={(event) => onChange({ ...cap, enabled: event.target.checked })}
        />
        {t('settings.totalAdCapEnabled')}
      </label>
      <div className="jf-settings-cap-row">
        <label htmlFor={maxId}>{t('settings.totalAdCapMax')}</label>
        <input
          id={maxId}
          type="number"
          min={1}
          max={100}
          className="jf-input jf-input-amount"
          value={Number.isNaN(cap.max) ? '' : cap.max}
          readOnly={!editable}
          disabled={!cap.enabled}
          aria-invalid={errors['totalAdCap.max'] ? true : undefined}
          onChange={(event) => onChange({ ...cap, max: Number.parseInt(event.target.value, 10) })}
        />
        <label htmlFor={hoursId}>{t('settings.totalAdCapHours')}</label>
        <input
          id={hoursId}
          type="number"
          min={1}
          max={720}
          className="jf-input jf-input-amount"
          value={Number.isNaN(cap.perSeconds) ? '' : cap.perSeconds / 3600}
          readOnly={!editable}
          disabled={!cap.enabled}
          aria-invalid={errors['totalAdCap.perSeconds'] ? true : undefined}
          onChange={(event) =>
            onChange({ ...cap, perSeconds: Math.round(Number(event.target.value) * 3600) })
          }
        />
      </div>
      {error ? (
        <div className="jf-field-error" role="alert">
          {error}
        </div>
      ) : (
        <div className="jf-hint">{t('settings.totalAdCapHint')}</div>
      )}
    </fieldset>
  );
}
