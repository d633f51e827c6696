import { useId } from 'react';

type Props = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** Without the `jf-field` wrapper, for a field inside a fieldset that already is one. */
  readonly bare?: boolean;
};

/** A labelled one-line text input (the label names the input for screen readers). */
export function InputField({ label, value, onChange, maxLength, bare = false }: Props) {
  const id = useId();
  const field = (
    <>
      <label className="jf-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="jf-input"
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
  return bare ? field : <div className="jf-field">{field}</div>;
}
