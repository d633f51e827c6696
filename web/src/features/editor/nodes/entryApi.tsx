import { useT } from '../../../i18n/useT';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import { WhereFilter } from '../components/inspector/forms/WhereFilter';
import { summaryT, type WebNodePlugin } from './webNodePlugin';

/** entry.api: nothing to choose but an optional `where`; the hint says how the other system calls in. */
export function EntryApiForm({ settings, onChange, errors }: NodeFormProps<'entry.api'>) {
  const t = useT();
  return (
    <>
      <p className="jf-hint">{t('inspector.entryApiHint')}</p>
      <WhereFilter
        value={settings.where}
        errors={errors}
        onChange={(where) => onChange(withOptional(settings, 'where', where))}
      />
    </>
  );
}

export const entryApiWebPlugin: WebNodePlugin<'entry.api'> = {
  Form: EntryApiForm,
  icon: 'M16 18l6-6-6-6M8 6l-6 6 6 6M14 4l-4 16',
  summary: (settings, locale) => summaryT(locale)(settings.where ? 'summary.apiFiltered' : 'summary.api'),
};
