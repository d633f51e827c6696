import { EventFields } from '../components/inspector/forms/EventFields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { str, summaryT, type WebNodePlugin } from './webNodePlugin';

export function EntryEventForm({ settings, onChange, errors }: NodeFormProps<'entry.event'>) {
  return <EventFields settings={settings} onChange={onChange} errors={errors} placeholder="product_viewed" />;
}

export const entryEventWebPlugin: WebNodePlugin<'entry.event'> = {
  Form: EntryEventForm,
  icon: 'M13 2 3 14h9l-1 8 10-12h-9l1-8z',
  summary: (s, locale) => str(s.event) || summaryT(locale)('summary.chooseEvent'),
};
