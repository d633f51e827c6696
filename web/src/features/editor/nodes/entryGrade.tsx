import { useT } from '../../../i18n/useT';
import { GradeChecklist } from '../../conditions/GradeChecklist';
import { useGradeTierNames } from '../../conditions/useGradeTierNames';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import { summaryT, type WebNodePlugin } from './webNodePlugin';

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

export const entryGradeWebPlugin: WebNodePlugin<'entry.grade'> = {
  Form: EntryGradeForm,
  icon: 'm12 2 3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1L12 2z',
  summary: (s, locale) =>
    Array.isArray(s.to) && s.to.length > 0
      ? `→ ${s.to.join(', ')}`
      : summaryT(locale)('summary.chooseGrades'),
};
