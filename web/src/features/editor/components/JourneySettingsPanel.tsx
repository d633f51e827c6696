import { defaultJourneySettings, type JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import type { ValidationIssue } from '@journeyflow/shared/journey/validationIssue';
import { useMemo } from 'react';
import { fieldKey } from '../../../api/fieldErrors';
import { useT } from '../../../i18n/useT';
import { useEditorStore } from '../store/editorStore';
import { ActivePeriodFields } from './ActivePeriodFields';
import {
  CheckboxField,
  DurationField,
  NumberField,
  SelectField,
  TextField,
  TimeField,
  TimezoneField,
} from './inspector/fields';
import { withOptional } from './inspector/forms/formProps';

type ReentryMode = NonNullable<JourneySettings['reentry']>['mode'];

/** Journey-level rules (SPEC §2): every change goes through the store, so it is undoable like graph edits. */
export function JourneySettingsPanel({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const t = useT();
  const settings = useEditorStore((state) => state.settings);
  const readOnly = useEditorStore((state) => state.readOnly);
  const update = (next: JourneySettings) => useEditorStore.getState().updateSettings(next);
  const set = (key: keyof JourneySettings, value: unknown) => update(withOptional(settings, key, value));
  const errors = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of issues) {
      if (issue.nodeId || !issue.field) continue;
      const key = fieldKey(issue.field).replace(/^settings\./, '');
      if (!map.has(key)) map.set(key, issue.message);
    }
    return map;
  }, [issues]);
  const reentry = settings.reentry ?? { mode: 'never' as const };
  const exitOnText = (settings.exitOn ?? []).map((entry) => entry.event).join(', ');

  return (
    <div className="jf-inspector-body" data-testid="journey-settings">
      <h2 className="jf-panel-title">{t('editor.settings')}</h2>
      <fieldset disabled={readOnly} className="jf-inspector-form">
        <TimezoneField
          label={t('settings.timezone')}
          value={settings.timezone}
          error={errors.get('timezone')}
          onChange={(value) => set('timezone', value)}
        />
        <ActivePeriodFields settings={settings} set={set} />
        <SelectField<ReentryMode>
          label={t('settings.reentry')}
          value={reentry.mode}
          options={(['never', 'always', 'after_exit'] as const).map((mode) => ({
            value: mode,
            label: t(`settings.reentry.${mode}`),
          }))}
          onChange={(mode) => set('reentry', mode === 'never' ? undefined : { ...reentry, mode })}
        />
        {reentry.mode !== 'never' && (
          <DurationField
            label={t('settings.cooldown')}
            value={reentry.cooldownSeconds ?? 0}
            onChange={(cooldownSeconds) => set('reentry', { ...reentry, cooldownSeconds })}
          />
        )}
        <TextField
          label={t('settings.goal')}
          value={settings.goal?.event}
          list="jf-known-events"
          placeholder="purchase"
          error={errors.get('goal.event') ?? errors.get('goal')}
          onChange={(event) => set('goal', event === '' ? undefined : { ...settings.goal, event })}
        />
        {settings.goal && (
          <DurationField
            label={t('insights.attributionWindow')}
            value={settings.attributionWindowSeconds ?? defaultJourneySettings.attributionWindowSeconds}
            error={errors.get('attributionWindowSeconds')}
            onChange={(seconds) =>
              set(
                'attributionWindowSeconds',
                seconds === defaultJourneySettings.attributionWindowSeconds || seconds <= 0
                  ? undefined
                  : seconds,
              )
            }
          />
        )}
        <TextField
          label={t('settings.exitOn')}
          value={exitOnText}
          placeholder="unsubscribe, account_deleted"
          error={errors.get('exitOn')}
          onChange={(text) =>
            set(
              'exitOn',
              text
                .split(',')
                .map((part) => part.trim())
                .filter((part) => part !== '')
                .map((event) => ({ event })),
            )
          }
        />
        <CheckboxField
          label={`${t('settings.frequencyCap')} — ${t('settings.enabled')}`}
          checked={settings.frequencyCap !== undefined}
          onChange={(on) => set('frequencyCap', on ? { max: 2, perSeconds: 86_400 } : undefined)}
        />
        {settings.frequencyCap && (
          <div className="jf-row">
            <NumberField
              label={t('settings.capMax')}
              value={settings.frequencyCap.max}
              min={1}
              error={errors.get('frequencyCap.max')}
              onChange={(max) =>
                settings.frequencyCap && set('frequencyCap', { ...settings.frequencyCap, max: max ?? 0 })
              }
            />
            <DurationField
              label={t('settings.capPer')}
              value={settings.frequencyCap.perSeconds}
              error={errors.get('frequencyCap.perSeconds')}
              onChange={(perSeconds) =>
                settings.frequencyCap && set('frequencyCap', { ...settings.frequencyCap, perSeconds })
              }
            />
          </div>
        )}
        <CheckboxField
          label={`${t('settings.quietHours')} — ${t('settings.enabled')}`}
          checked={settings.quietHours !== undefined}
          onChange={(on) =>
            set('quietHours', on ? { start: '21:00', end: '08:00', behavior: 'delay' } : undefined)
          }
        />
        {settings.quietHours && (
          <>
            <div className="jf-row">
              <TimeField
                label={t('settings.quietStart')}
                value={settings.quietHours.start}
                error={errors.get('quietHours.start')}
                onChange={(start) =>
                  settings.quietHours && set('quietHours', { ...settings.quietHours, start })
                }
              />
              <TimeField
                label={t('settings.quietEnd')}
                value={settings.quietHours.end}
                error={errors.get('quietHours.end')}
                onChange={(end) => settings.quietHours && set('quietHours', { ...settings.quietHours, end })}
              />
            </div>
            <SelectField<'delay' | 'skip'>
              label={t('settings.quietHours')}
              value={settings.quietHours.behavior}
              options={[
                { value: 'delay', label: t('settings.quietBehavior.delay') },
                { value: 'skip', label: t('settings.quietBehavior.skip') },
              ]}
              onChange={(behavior) =>
                settings.quietHours && set('quietHours', { ...settings.quietHours, behavior })
              }
            />
          </>
        )}
        <NumberField
          label={t('settings.entryLimit')}
          value={settings.entryLimit}
          min={1}
          error={errors.get('entryLimit')}
          onChange={(value) => set('entryLimit', value)}
        />
        <NumberField
          label={t('settings.holdout')}
          value={settings.holdoutPercent}
          min={0}
          max={99}
          error={errors.get('holdoutPercent')}
          onChange={(value) => set('holdoutPercent', value === 0 ? undefined : value)}
        />
      </fieldset>
    </div>
  );
}
