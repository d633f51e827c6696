import { builtInAttributePaths } from '@journeyflow/shared/api/catalog';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { TextField } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { settingField } from '../components/inspector/forms/settingField';
import { str, type WebNodePlugin } from './webNodePlugin';

const DAY = 86_400;

/**
 * Wait for a predicted date: the product's computed next purchase (`predicted.next_purchase_at`) by
 * default, with the offset in days ("3일 전" = −3). Offsets that are not whole days show in days with decimals.
 */
export function WaitPredictedForm(form: NodeFormProps<'wait.predicted'>) {
  const { settings, onChange, errors } = form;
  const t = useT();
  const days = settings.offsetSeconds / DAY;
  const shown = Math.abs(Number(days.toFixed(2)));
  // The typed text is kept while it is not a number yet ("-" on the way to "-3").
  const [text, setText] = useState(String(Number(days.toFixed(4))));
  useEffect(() => {
    setText((current) =>
      Number(current) === Number(days.toFixed(4)) ? current : String(Number(days.toFixed(4))),
    );
  }, [days]);
  const summary =
    days === 0
      ? t('predicted.offsetOn')
      : days < 0
        ? t('predicted.offsetBefore', { days: shown })
        : t('predicted.offsetAfter', { days: shown });
  return (
    <>
      <TextField
        label={t('inspector.attribute')}
        placeholder="predicted.next_purchase_at"
        list="jf-predicted-paths"
        {...settingField(form, 'attribute')}
      />
      <datalist id="jf-predicted-paths">
        {builtInAttributePaths
          .filter((path) => path.startsWith('predicted.'))
          .map((path) => (
            <option key={path} value={path} />
          ))}
      </datalist>
      <TextField
        label={t('predicted.offsetDays')}
        value={text}
        hint={summary}
        error={errors.get('offsetSeconds')}
        onChange={(value) => {
          setText(value);
          const next = Number(value);
          if (value.trim() === '' || !Number.isFinite(next)) return;
          onChange({ ...settings, offsetSeconds: Math.round(next * DAY) });
        }}
      />
    </>
  );
}

export const waitPredictedWebPlugin: WebNodePlugin<'wait.predicted'> = {
  Form: WaitPredictedForm,
  icon: 'M3 3v18h18M7 14l4-4 4 4 5-6',
  summary: (s) => str(s.attribute),
};
