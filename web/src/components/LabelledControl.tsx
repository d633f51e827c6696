import { type ReactNode, useId } from 'react';

/**
 * A label naming one form control (through a generated id), then what follows the control (its error or
 * hint), inside a `jf-field` block unless `bare` (for a field inside a block that already is one).
 */
export function LabelledControl({
  label,
  bare = false,
  control,
  children,
}: {
  readonly label: string;
  readonly bare?: boolean;
  /** Draws the control with the id the label points at. */
  readonly control: (id: string) => ReactNode;
  readonly children?: ReactNode;
}) {
  const id = useId();
  const field = (
    <>
      <label className="jf-label" htmlFor={id}>
        {label}
      </label>
      {control(id)}
      {children}
    </>
  );
  return bare ? field : <div className="jf-field">{field}</div>;
}
