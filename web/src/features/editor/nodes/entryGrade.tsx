import { useT } from '../../../i18n/useT';
import { useGradeTierNames } from '../../conditions/useGradeTierNames';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import '../../segments/components/audience.css';
import { summaryT, type WebNodePlugin } from './webNodePlugin';

/** Tier names to tick: the workspace's tiers in order, plus any saved name no longer among them. */
function GradeChecklist({
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

export function EntryGradeForm({ settings, onChange, errors }: NodeFormProps<'entry.grade'>) {
  const t = useT();
  const tiers = useGradeTierNames();
  return (
    <>
      {tiers.length === 0 && <p className="jf-hint">{t('inspector.noGradeTiers')}</p>}
      <GradeChecklist
        legend={t('inspector.gradeFrom')}
        tiers={tiers}
        selected={settings.from ?? []}
        error={errors.get('from')}
        onChange={(from) => onChange(withOptional(settings, 'from', from))}
      />
      <GradeChecklist
        legend={t('inspector.gradeTo')}
        tiers={tiers}
        selected={settings.to}
        error={errors.get('to')}
        onChange={(to) => onChange({ ...settings, to })}
      />
    </>
  );
}

export const entryGradeNode: WebNodePlugin<'entry.grade'> = {
  Form: EntryGradeForm,
  icon: 'm12 2 3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1L12 2z',
  summary: (s, locale) =>
    Array.isArray(s.to) && s.to.length > 0
      ? `→ ${s.to.join(', ')}`
      : summaryT(locale)('summary.chooseGrades'),
};
