import { describe, expect, it, vi } from 'vitest';
import { optionalSettingField, settingField } from './settingField';

type Settings = {
  readonly attribute: string;
  readonly at?: string | undefined;
  readonly offsetSeconds: number;
};

const formOf = (settings: Settings) => {
  const onChange = vi.fn<(next: Settings) => void>();
  return { settings, onChange, errors: new Map([['at', 'Not a date']]) };
};

describe('settingField (one setting bound to a node-form field)', () => {
  it('reads the value and the error under the same key', () => {
    const form = formOf({ attribute: 'birthday', at: 'soon', offsetSeconds: 60 });
    expect(settingField(form, 'attribute')).toMatchObject({ value: 'birthday', error: undefined });
    expect(optionalSettingField(form, 'at')).toMatchObject({ value: 'soon', error: 'Not a date' });
  });

  it('writes the value back without dropping the other settings, keeping an emptied required one', () => {
    const form = formOf({ attribute: 'birthday', offsetSeconds: 60 });
    settingField(form, 'offsetSeconds').onChange(-3600);
    expect(form.onChange).toHaveBeenLastCalledWith({ attribute: 'birthday', offsetSeconds: -3600 });
    settingField(form, 'attribute').onChange('');
    expect(form.onChange).toHaveBeenLastCalledWith({ attribute: '', offsetSeconds: 60 });
  });

  it('removes an optional setting when its field is emptied instead of storing ""', () => {
    const form = formOf({ attribute: 'birthday', at: '2026-12-24T10:00:00', offsetSeconds: 0 });
    optionalSettingField(form, 'at').onChange('');
    expect(form.onChange).toHaveBeenLastCalledWith({ attribute: 'birthday', offsetSeconds: 0 });
    optionalSettingField(form, 'at').onChange('2026-12-25T10:00:00');
    expect(form.onChange).toHaveBeenLastCalledWith({
      attribute: 'birthday',
      at: '2026-12-25T10:00:00',
      offsetSeconds: 0,
    });
  });
});
