import type { Weekday } from '@journeyflow/shared/journey/settingsFields';
import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { useT } from '../../../../i18n/useT';
import { type DurationUnit, splitDuration, unitSeconds } from '../../utils/formatDuration';

export function Field({
  label,
  error,
  children,
  hint,
}: {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`jf-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="jf-label">
        {label}
      </label>
      {children(id, error ? errorId : undefined)}
      {hint && !error && <div className="jf-hint">{hint}</div>}
      {error && (
        <div id={errorId} className="jf-field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** What every value field takes: its label, its value, a change handler and the error to show. */
type ValueFieldProps<V, C = V> = {
  readonly label: string;
  readonly value: V;
  readonly onChange: (value: C) => void;
  readonly error?: string | undefined;
};

type InputAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'placeholder' | 'list' | 'min' | 'max' | 'step'
>;

/**
 * One labelled `<input>` inside a `Field`: empty shows as '', the typed text goes through `parse`, and
 * the error names the input (aria-invalid, aria-describedby). `after` renders next to the input.
 */
function InputValueField<V>({
  label,
  value,
  onChange,
  error,
  hint,
  parse,
  after,
  ...input
}: ValueFieldProps<string | number | undefined, V> &
  InputAttributes & {
    readonly hint?: string | undefined;
    readonly parse: (text: string) => V;
    readonly after?: ReactNode;
  }) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(id, describedBy) => (
        <>
          <input
            {...input}
            id={id}
            className="jf-input"
            value={value ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(parse(event.target.value))}
          />
          {after}
        </>
      )}
    </Field>
  );
}

const asText = (text: string) => text;
const orUndefined = (text: string) => (text === '' ? undefined : text);
const asNumber = (text: string) => (text === '' ? undefined : Number(text));

export function TextField({
  multiline,
  ...props
}: ValueFieldProps<string | undefined, string> & {
  readonly placeholder?: string;
  readonly list?: string;
  readonly hint?: string;
  readonly multiline?: boolean;
}) {
  if (!multiline) return <InputValueField {...props} parse={asText} />;
  const { label, value, onChange, error, placeholder, hint } = props;
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(id, describedBy) => (
        <textarea
          id={id}
          className="jf-input jf-textarea"
          value={value ?? ''}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          rows={5}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function NumberField(
  props: ValueFieldProps<number | undefined> & {
    readonly min?: number;
    readonly max?: number;
    readonly step?: number;
  },
) {
  return <InputValueField {...props} type="number" parse={asNumber} />;
}

/** Seconds edited as an amount plus a unit (minutes, hours, days). */
export function DurationField({
  label,
  value,
  onChange,
  error,
  allowNegative,
}: ValueFieldProps<number | undefined, number> & { readonly allowNegative?: boolean }) {
  const t = useT();
  const seconds = value ?? 0;
  const { amount, unit } = splitDuration(Math.abs(seconds));
  const sign = seconds < 0 ? -1 : 1;
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <div className="jf-row">
          <input
            id={id}
            type="number"
            className="jf-input jf-input-amount"
            value={sign * amount}
            min={allowNegative ? undefined : 0}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(Math.round(Number(event.target.value) * unitSeconds[unit]))}
          />
          <select
            className="jf-input"
            aria-label={t('inspector.unitOf', { label })}
            value={unit}
            onChange={(event) => onChange(sign * amount * unitSeconds[event.target.value as DurationUnit])}
          >
            {(['minutes', 'hours', 'days'] as const).map((option) => (
              <option key={option} value={option}>
                {t(`duration.${option}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
}: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { value: T; label: string }[];
  readonly onChange: (value: T) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <select
          id={id}
          className="jf-input"
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TimeField(props: ValueFieldProps<string | undefined, string>) {
  return <InputValueField {...props} type="time" parse={asText} />;
}

/** A date and time as settings store it: ISO 8601, in the journey's timezone unless it names an offset. */
export function DateTimeField(props: ValueFieldProps<string | undefined, string>) {
  return <InputValueField {...props} placeholder="2026-12-01T10:00:00" parse={asText} />;
}

const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export function WeekdayPicker({
  label,
  value,
  onChange,
  error,
}: {
  readonly label: string;
  readonly value: readonly Weekday[] | undefined;
  readonly onChange: (value: Weekday[] | undefined) => void;
  readonly error?: string | undefined;
}) {
  const t = useT();
  const chosen = new Set(value ?? []);
  return (
    <fieldset className={`jf-field${error ? ' has-error' : ''}`}>
      <legend className="jf-label">{label}</legend>
      <div className="jf-weekdays">
        {weekdays.map((day) => (
          <label key={day} className={`jf-chip${chosen.has(day) ? ' is-on' : ''}`}>
            <input
              type="checkbox"
              checked={chosen.has(day)}
              onChange={(event) => {
                const next = weekdays.filter((d) => (d === day ? event.target.checked : chosen.has(d)));
                onChange(next.length === 0 ? undefined : next);
              }}
            />
            {t(`weekday.${day}`)}
          </label>
        ))}
      </div>
      {error && <div className="jf-field-error">{error}</div>}
    </fieldset>
  );
}

/** Timezones offered in the picker; any valid IANA name can still be typed. */
export const commonTimezones = [
  'Asia/Seoul',
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Asia/Singapore',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'UTC',
] as const;

export function TimezoneField(props: ValueFieldProps<string | undefined>) {
  const zones = (
    <datalist id="jf-timezones">
      {commonTimezones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
  return (
    <InputValueField
      {...props}
      list="jf-timezones"
      placeholder="Asia/Seoul"
      parse={orUndefined}
      after={zones}
    />
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <label className="jf-checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
