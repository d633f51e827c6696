import { useT } from '../../../i18n/useT';
import { DurationField } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { settingField } from '../components/inspector/forms/settingField';
import { formatDuration } from '../utils/formatDuration';
import { num, type WebNodePlugin } from './webNodePlugin';

export function WaitDurationForm(form: NodeFormProps<'wait.duration'>) {
  const t = useT();
  return <DurationField label={t('inspector.duration')} {...settingField(form, 'seconds')} />;
}

export const waitDurationWebPlugin: WebNodePlugin<'wait.duration'> = {
  Form: WaitDurationForm,
  icon: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 6v6l4 2',
  summary: (s, locale) => formatDuration(num(s.seconds), locale),
};
