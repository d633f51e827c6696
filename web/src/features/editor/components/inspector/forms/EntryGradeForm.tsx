import { useT } from '../../../../../i18n/useT';
import { TextField } from '../fields';
import { type NodeFormProps, withOptional } from './formProps';

const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

export function EntryGradeForm({ settings, onChange, errors }: NodeFormProps<'entry.grade'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.gradeFrom')}
        value={(settings.from ?? []).join(', ')}
        placeholder="SILVER, GOLD"
        error={errors.get('from')}
        onChange={(text) => onChange(withOptional(settings, 'from', splitList(text)))}
      />
      <TextField
        label={t('inspector.gradeTo')}
        value={settings.to.join(', ')}
        placeholder="VIP"
        error={errors.get('to')}
        onChange={(text) => onChange({ ...settings, to: splitList(text) })}
      />
    </>
  );
}
