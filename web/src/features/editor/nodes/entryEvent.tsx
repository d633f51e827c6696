import { useT } from '../../../i18n/useT';
import { TextField } from '../components/inspector/fields';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import { WhereFilter } from '../components/inspector/forms/WhereFilter';
import { str, summaryT, type WebNodePlugin } from './webNodePlugin';

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

export const entryEventNode: WebNodePlugin<'entry.event'> = {
  Form: EntryEventForm,
  icon: 'M13 2 3 14h9l-1 8 10-12h-9l1-8z',
  summary: (s, locale) => str(s.event) || summaryT(locale)('summary.chooseEvent'),
};
