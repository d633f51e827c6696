import type { FatigueCap } from '@journeyflow/shared/messaging/channelSettings';
import { useId } from 'react';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';

/** The dictionary keys of one cap's texts: the fatigue cap per channel and the total ad cap share the form. */
export type CapLabels = {
  readonly title: MessageKey;
  readonly enabled: MessageKey;
  readonly max: MessageKey;
  readonly hours: MessageKey;
  readonly hint: MessageKey;
};

export const fatigueCapLabels: CapLabels = {
  title: 'cfg.messaging.capTitle',
  enabled: 'cfg.messaging.capEnabled',
  max: 'cfg.messaging.capMax',
  hours: 'cfg.messaging.capHours',
  hint: 'cfg.messaging.capHint',
};

export const totalAdCapLabels: CapLabels = {
  title: 'settings.totalAdCap',
  enabled: 'settings.totalAdCapEnabled',
  max: 'settings.totalAdCapMax',
  hours: 'settings.totalAdCapHours',
  hint: 'settings.totalAdCapHint',
};

/**
 * One send cap in Settings → Ads & opt-out — at most `max` ads in a sliding window of `perSeconds` —
 * used for the per-channel fatigue cap and the total ad cap across channels (issue 13). Admins edit it;
 * `field` names the settings field, so server errors (`fatigueCap.max` …) land on the right input.
 */
export function CapFieldset({
  field,
  labels,
  cap,
  editable,
  errors,
  onChange,
  testId,
}: {
  readonly field: 'fatigueCap' | 'totalAdCap';
  readonly labels: CapLabels;
  readonly cap: FatigueCap;
  readonly editable: boolean;
  readonly errors: Readonly<Record<string, string | undefined>>;
  readonly onChange: (cap: FatigueCap) => void;
  readonly testId?: string;
}) {
  const t = useT();
  const maxId = useId();
  const hoursId = useId();
  const error = errors[`${field}.max`] ?? errors[`${field}.perSeconds`] ?? errors[field];
  return (
    <fieldset className="jf-field jf-settings-cap" data-testid={testId}>
      <legend className="jf-label">{t(labels.title)}</legend>
      <label className="jf-checkbox">
        <input
          type="checkbox"
          checked={cap.enabled}
          disabled={!editable}
          onChange={(event) => onChange({ ...cap, enabled: event.target.checked })}
        />
        {t(labels.enabled)}
      </label>
      <div className="jf-settings-cap-row">
        <label htmlFor={maxId}>{t(labels.max)}</label>
        <input
          id={maxId}
          type="number"
          min={1}
          max={100}
          className="jf-input jf-input-amount"
          value={Number.isNaN(cap.max) ? '' : cap.max}
          readOnly={!editable}
          disabled={!cap.enabled}
          aria-invalid={errors[`${field}.max`] ? true : undefined}
          onChange={(event) => onChange({ ...cap, max: Number.parseInt(event.target.value, 10) })}
        />
        <label htmlFor={hoursId}>{t(labels.hours)}</label>
        <input
          id={hoursId}
          type="number"
          min={1}
          max={720}
          className="jf-input jf-input-amount"
          value={Number.isNaN(cap.perSeconds) ? '' : cap.perSeconds / 3600}
          readOnly={!editable}
          disabled={!cap.enabled}
          aria-invalid={errors[`${field}.perSeconds`] ? true : undefined}
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
        <div className="jf-hint">{t(labels.hint)}</div>
      )}
    </fieldset>
  );
}
