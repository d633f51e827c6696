import { useT } from '../../../../../i18n/useT';
import { TextField } from '../fields';
import { type NodeFormProps, withOptional } from './formProps';
import { WhereFilter } from './WhereFilter';

export function EntryEventForm({ settings, onChange, errors }: NodeFormProps<'entry.event'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.event')}
        value={settings.event}
        list="jf-known-events"
        placeholder="product_viewed"
        error={errors.get('event')}
        onChange={(event) => onChange({ ...settings, event })}
      />
      <WhereFilter
        value={settings.where}
        errors={errors}
        onChange={(where) => onChange(withOptional(settings, 'where', where))}
      />
    </>
  );
}
