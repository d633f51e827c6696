import { useT } from '../../../../../i18n/useT';
import { DurationField, TextField } from '../fields';
import { type NodeFormProps, withOptional } from './formProps';
import { WhereFilter } from './WhereFilter';

export function WaitEventForm({ settings, onChange, errors }: NodeFormProps<'wait.event'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.event')}
        value={settings.event}
        list="jf-known-events"
        placeholder="purchase"
        error={errors.get('event')}
        onChange={(event) => onChange({ ...settings, event })}
      />
      <DurationField
        label={t('inspector.timeout')}
        seconds={settings.timeoutSeconds}
        error={errors.get('timeoutSeconds')}
        onChange={(timeoutSeconds) => onChange({ ...settings, timeoutSeconds })}
      />
      <WhereFilter
        value={settings.where}
        errors={errors}
        onChange={(where) => onChange(withOptional(settings, 'where', where))}
      />
    </>
  );
}
