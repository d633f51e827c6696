import { useT } from '../../../../../i18n/useT';
import { ConditionBuilder } from '../../../../conditions/ConditionBuilder';
import { CronNextRuns } from '../CronNextRuns';
import { TextField } from '../fields';
import { type NodeFormProps, withOptional } from './formProps';

export function EntryScheduleForm({ settings, onChange, errors }: NodeFormProps<'entry.schedule'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.segment')}
        value={settings.segmentId}
        list="jf-known-segments"
        placeholder="seg_vip"
        error={errors.get('segmentId')}
        onChange={(segmentId) => onChange(withOptional(settings, 'segmentId', segmentId))}
      />
      <TextField
        label={t('inspector.cron')}
        value={settings.cron}
        placeholder="0 9 * * *"
        error={errors.get('cron')}
        onChange={(cron) => onChange(withOptional(settings, 'cron', cron))}
      />
      <CronNextRuns cron={settings.cron} />
      <TextField
        label={t('inspector.scheduleAt')}
        value={settings.at}
        placeholder="2026-12-01T10:00:00"
        error={errors.get('at')}
        onChange={(at) => onChange(withOptional(settings, 'at', at))}
      />
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
