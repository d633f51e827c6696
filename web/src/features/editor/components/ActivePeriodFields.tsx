import type { JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { useT } from '../../../i18n/useT';
import { Field, SelectField } from './inspector/fields';

type EndBehavior = NonNullable<JourneySettings['endBehavior']>;

/** `2026-12-31T23:59` as a datetime-local input shows it (seconds and offsets dropped). */
const inputValue = (value: string | undefined) => (value ? value.slice(0, 16) : '');

/**
 * The journey's active period (SPEC §7a): start and end in the journey's own timezone (the stored value
 * is the local date-time the marketer typed), and what happens to customers still inside at the end.
 */
export function ActivePeriodFields({
  settings,
  set,
}: {
  readonly settings: JourneySettings;
  readonly set: (key: keyof JourneySettings, value: unknown) => void;
}) {
  const t = useT();
  const zone = settings.timezone ?? 'Asia/Seoul';
  const invalid = Boolean(settings.startsAt && settings.endsAt && settings.endsAt <= settings.startsAt);
  const dateField = (key: 'startsAt' | 'endsAt', label: string, error?: string) => (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <input
          id={id}
          type="datetime-local"
          className="jf-input"
          value={inputValue(settings[key])}
          aria-describedby={describedBy}
          onChange={(event) => set(key, event.target.value === '' ? undefined : event.target.value)}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="jf-inspector-form" data-testid="active-period">
      <legend className="jf-label">{t('period.title')}</legend>
      {dateField('startsAt', t('period.startsAt'))}
      {dateField('endsAt', t('period.endsAt'), invalid ? t('period.endBeforeStart') : undefined)}
      <p className="jf-hint">{t('period.hint', { zone })}</p>
      {settings.endsAt && (
        <SelectField<EndBehavior>
          label={t('period.endBehavior')}
          value={settings.endBehavior ?? 'finish'}
          options={(['finish', 'exit'] as const).map((value) => ({
            value,
            label: t(`period.endBehavior.${value}`),
          }))}
          onChange={(value) => set('endBehavior', value === 'finish' ? undefined : value)}
        />
      )}
    </fieldset>
  );
}
