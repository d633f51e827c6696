import './conditions.css';

/** Tier names to tick: the workspace's tiers in order, plus any saved name no longer among them. */
export function GradeChecklist({
  legend,
  tiers,
  selected,
  onChange,
  error,
}: {
  readonly legend: string;
  readonly tiers: readonly string[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly error?: string | undefined;
}) {
  const names = [...tiers, ...selected.filter((name) => !tiers.includes(name))];
  return (
    <fieldset className={`jf-field jf-grade-checklist${error ? ' has-error' : ''}`}>
      <legend className="jf-label">{legend}</legend>
      <div className="jf-row">
        {names.map((name) => (
          <label key={name} className="jf-checkbox">
            <input
              type="checkbox"
              checked={selected.includes(name)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? names.filter((n) => n === name || selected.includes(n))
                    : selected.filter((n) => n !== name),
                )
              }
            />
            <span>{name}</span>
          </label>
        ))}
      </div>
      {error && (
        <div className="jf-field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
