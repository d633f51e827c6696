import type { InputHTMLAttributes, ReactNode } from 'react';
import { LabelledControl } from './LabelledControl';

type Props = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'value' | 'onChange' | 'children'
> & {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** Without the `jf-field` wrapper, for a field inside a fieldset that already is one. */
  readonly bare?: boolean;
  /** Shown under the input, e.g. its error or hint. */
  readonly children?: ReactNode;
};

/** A labelled one-line text input (the label names the input for screen readers); other input attributes pass through. */
export function InputField({ label, value, onChange, bare = false, children, ...input }: Props) {
  return (
    <LabelledControl
      label={label}
      bare={bare}
      control={(id) => (
        <input
          {...input}
          id={id}
          className="jf-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    >
      {children}
    </LabelledControl>
  );
}
