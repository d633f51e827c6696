import type { ReactNode, SelectHTMLAttributes } from 'react';
import { LabelledControl } from './LabelledControl';

export type SelectOption<T extends string> = {
  readonly value: T;
  readonly label: string;
  readonly disabled?: boolean;
};

type Props<T extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'className' | 'value' | 'onChange' | 'children'
> & {
  readonly label: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
  /** Without the `jf-field` wrapper, for a field inside a block that already is one. */
  readonly bare?: boolean;
  /** Shown under the select, e.g. its error or hint. */
  readonly children?: ReactNode;
};

/** A labelled drop-down (the label names it for screen readers); other select attributes pass through. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  bare = false,
  children,
  ...select
}: Props<T>) {
  return (
    <LabelledControl
      label={label}
      bare={bare}
      control={(id) => (
        <select
          {...select}
          id={id}
          className="jf-input"
          value={value}
          // Only the options' values can be chosen.
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    >
      {children}
    </LabelledControl>
  );
}
