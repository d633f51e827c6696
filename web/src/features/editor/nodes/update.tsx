import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import type { WebNodePlugin } from './webNodePlugin';

type Value = string | number | boolean | null;

/** Attribute → value rows. Values stay strings unless they read as a number, true/false or null. */
function parseValue(text: string): Value {
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  return text;
}

export function UpdateForm({ settings, onChange, errors }: NodeFormProps<'update'>) {
  const t = useT();
  const [draftKey, setDraftKey] = useState('');
  const entries = Object.entries(settings.set);
  const setEntries = (next: [string, Value][]) => onChange({ ...settings, set: Object.fromEntries(next) });
  return (
    <fieldset className="jf-field">
      <legend className="jf-label">{t('inspector.set')}</legend>
      {entries.map(([key, value], index) => (
        <div key={key} className="jf-row">
          <input
            className="jf-input"
            aria-label={`${t('inspector.attribute')} ${index + 1}`}
            value={key}
            readOnly
          />
          <input
            className="jf-input"
            aria-label={`${t('cond.value')} ${index + 1}`}
            value={value === null ? 'null' : String(value)}
            onChange={(event) =>
              setEntries(entries.map(([k, v]) => [k, k === key ? parseValue(event.target.value) : v]))
            }
          />
          <button
            type="button"
            className="jf-icon-button"
            aria-label={t('common.remove')}
            onClick={() => setEntries(entries.filter(([k]) => k !== key))}
          >
            ×
          </button>
        </div>
      ))}
      <div className="jf-row">
        <input
          className="jf-input"
          placeholder="vip_since"
          aria-label={t('inspector.attribute')}
          value={draftKey}
          onChange={(event) => setDraftKey(event.target.value)}
        />
        <button
          type="button"
          className="jf-button"
          disabled={draftKey.trim() === '' || draftKey in settings.set}
          onClick={() => {
            setEntries([...entries, [draftKey.trim(), '']]);
            setDraftKey('');
          }}
        >
          {t('common.add')}
        </button>
      </div>
      {errors.get('set') && <div className="jf-field-error">{errors.get('set')}</div>}
    </fieldset>
  );
}

export const updateWebPlugin: WebNodePlugin<'update'> = {
  Form: UpdateForm,
  icon: 'M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4L16.5 3.5z',
  summary: (s) => (typeof s.set === 'object' && s.set ? Object.keys(s.set).join(', ') : ''),
};
