import type { CSSProperties, KeyboardEvent } from 'react';

/** The list screens' search box: named for screen readers by `label`, with a visible example as placeholder. */
export function SearchInput({
  label,
  placeholder,
  value,
  onChange,
  onKeyDown,
  style,
}: {
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly style?: CSSProperties;
}) {
  return (
    <input
      className="jf-input jf-search"
      type="search"
      placeholder={placeholder}
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      style={style}
    />
  );
}
