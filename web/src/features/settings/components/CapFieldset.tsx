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
  const amount = { readOnly: !editable, disabled: !cap.enabled };
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
        <CapAmount
          {...amount}
          label={t(labels.max)}
          max={100}
          value={Number.isNaN(cap.max) ? '' : cap.max}
          invalid={Boolean(errors[`${field}.max`])}
          onChange={(value) => onChange({ ...cap, max: Number.parseInt(value, 10) })}
        />
        <CapAmount
          {...amount}
          label={t(labels.hours)}
          max={720}
          value={Number.isNaN(cap.perSeconds) ? '' : cap.perSeconds / 3600}
          invalid={Boolean(errors[`${field}.perSeconds`])}
          onChange={(value) => onChange({ ...cap, perSeconds: Math.round(Number(value) * 3600) })}
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

/** One of a cap's two whole numbers (how many ads, in how many hours), labelled beside its input. */
function CapAmount({
  label,
  max,
  value,
  readOnly,
  disabled,
  invalid,
  onChange,
}: {
  readonly label: string;
  readonly max: number;
  readonly value: number | '';
  readonly readOnly: boolean;
  readonly disabled: boolean;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={max}
        className="jf-input jf-input-amount"
        value={value}
        readOnly={readOnly}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}
