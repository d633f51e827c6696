import { useT } from '../../../i18n/useT';

/** A small editable list of (key, value) pairs: AlimTalk variables, Kakao buttons. */
export function KeyValueRows({
  label,
  keyLabel,
  valueLabel,
  rows,
  onChange,
  max,
}: {
  readonly label: string;
  readonly keyLabel: string;
  readonly valueLabel: string;
  readonly rows: readonly (readonly [string, string])[];
  readonly onChange: (rows: [string, string][]) => void;
  readonly max?: number;
}) {
  const t = useT();
  const update = (index: number, column: 0 | 1, value: string) =>
    onChange(
      rows.map((row, i) =>
        i === index ? (column === 0 ? [value, row[1]] : [row[0], value]) : [row[0], row[1]],
      ),
    );
  return (
    <fieldset className="jf-field" style={{ border: 0, padding: 0 }}>
      <legend className="jf-label">{label}</legend>
      {rows.map(([k, v], index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their position while typed
        <div key={index} style={{ display: 'flex', gap: 6, marginBottom: 6 }}>
          <input
            className="jf-input"
            aria-label={`${keyLabel} ${index + 1}`}
            placeholder={keyLabel}
            value={k}
            onChange={(e) => update(index, 0, e.target.value)}
          />
          <input
            className="jf-input"
            aria-label={`${valueLabel} ${index + 1}`}
            placeholder={valueLabel}
            value={v}
            onChange={(e) => update(index, 1, e.target.value)}
          />
          <button
            type="button"
            className="jf-icon-button"
            aria-label={`${t('common.remove')}: ${keyLabel} ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index).map(([a, b]) => [a, b]))}
          >
            ×
          </button>
        </div>
      ))}
      {max === undefined || rows.length < max ? (
        <button
          type="button"
          className="jf-button jf-button-ghost"
          onClick={() => onChange([...rows.map(([a, b]): [string, string] => [a, b]), ['', '']])}
        >
          + {t('common.add')}
        </button>
      ) : null}
    </fieldset>
  );
}
