import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

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
  const id = useId();
  const field = (
    <>
      <label className="jf-label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="jf-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {children}
    </>
  );
  return bare ? field : <div className="jf-field">{field}</div>;
}
