import { useT } from '../../../../../i18n/useT';
import { GradeChecklist } from '../../../../conditions/GradeChecklist';
import { useGradeTierNames } from '../../../../conditions/useGradeTierNames';
import { type NodeFormProps, withOptional } from './formProps';

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
