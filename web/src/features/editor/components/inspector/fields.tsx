import type { Weekday } from '@journeyflow/shared/journey/settingsFields';
import { type ReactNode, useId } from 'react';
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

export function TextField({
  label,
  value,
  onChange,
  error,
  placeholder,
  list,
  hint,
  multiline,
}: {
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly placeholder?: string;
  readonly list?: string;
  readonly hint?: string;
  readonly multiline?: boolean;
}) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(id, describedBy) =>
        multiline ? (
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
        ) : (
          <input
            id={id}
            className="jf-input"
            value={value ?? ''}
            placeholder={placeholder}
            list={list}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  error,
  min,
  max,
  step,
}: {
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  readonly error?: string | undefined;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <input
          id={id}
          type="number"
          className="jf-input"
          value={value ?? ''}
          min={min}
          max={max}
          step={step}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        />
      )}
    </Field>
  );
}

/** Seconds edited as an amount plus a unit (minutes, hours, days). */
export function DurationField({
  label,
  seconds,
  onChange,
  error,
  allowNegative,
}: {
  readonly label: string;
  readonly seconds: number | undefined;
  readonly onChange: (seconds: number) => void;
  readonly error?: string | undefined;
  readonly allowNegative?: boolean;
}) {
  const t = useT();
  const value = seconds ?? 0;
  const { amount, unit } = splitDuration(Math.abs(value));
  const sign = value < 0 ? -1 : 1;
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

export function TimeField({
  label,
  value,
  onChange,
  error,
}: {
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <input
          id={id}
          type="time"
          className="jf-input"
          value={value ?? ''}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
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

export function TimezoneField({
  label,
  value,
  onChange,
  error,
}: {
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <>
          <input
            id={id}
            className="jf-input"
            list="jf-timezones"
            value={value ?? ''}
            placeholder="Asia/Seoul"
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
          />
          <datalist id="jf-timezones">
            {commonTimezones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
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
