import { useT } from '../../../i18n/useT';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import { CronNextRuns } from '../components/inspector/CronNextRuns';
import { DateTimeField, TextField } from '../components/inspector/fields';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import { optionalSettingField } from '../components/inspector/forms/settingField';
import { str, type WebNodePlugin } from './webNodePlugin';

export function EntryScheduleForm(form: NodeFormProps<'entry.schedule'>) {
  const { settings, onChange, errors } = form;
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.segment')}
        list="jf-known-segments"
        placeholder="seg_vip"
        {...optionalSettingField(form, 'segmentId')}
      />
      <TextField
        label={t('inspector.cron')}
        placeholder="0 9 * * *"
        {...optionalSettingField(form, 'cron')}
      />
      <CronNextRuns cron={settings.cron} />
      <DateTimeField label={t('inspector.scheduleAt')} {...optionalSettingField(form, 'at')} />
      <div className="jf-field">
        <div className="jf-label">{t('inspector.condition')}</div>
        {settings.condition ? (
          <ConditionBuilder
            value={settings.condition}
            path="condition"
            errors={errors}
            onChange={(condition) => onChange({ ...settings, condition })}
            onRemove={() => onChange(withOptional(settings, 'condition', undefined))}
          />
        ) : (
          <button
            type="button"
            className="jf-link-button"
            onClick={() => onChange({ ...settings, condition: { attribute: '', op: 'eq', value: '' } })}
          >
            + {t('inspector.addFilter')}
          </button>
        )}
      </div>
    </>
  );
}

export const entryScheduleWebPlugin: WebNodePlugin<'entry.schedule'> = {
  Form: EntryScheduleForm,
  icon: 'M8 2v4M16 2v4M3 10h18M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
  summary: (s) => str(s.cron) || str(s.at),
};
