import { LabelledControl } from './LabelledControl';

/** A labelled multi-line input (the label names the textarea for screen readers), e.g. a note in a dialog. */
export function TextAreaField({
  label,
  value,
  onChange,
  rows = 3,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}) {
  return (
    <LabelledControl
      bare
      label={label}
      control={(id) => (
        <textarea
          id={id}
          className="jf-input jf-textarea"
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    />
  );
}
