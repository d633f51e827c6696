import type { FieldErrors } from '../../../../../api/fieldErrors';
import { withOptional } from './formProps';

/** A form over one settings object: what node forms (`NodeFormProps`) and their field groups receive. */
type SettingsForm<S> = {
  readonly settings: S;
  readonly onChange: (settings: S) => void;
  readonly errors: FieldErrors;
};

/** The props that tie a value field to one top-level setting: spread them into the field. */
export type SettingBinding<V> = {
  readonly value: V;
  readonly error: string | undefined;
  readonly onChange: (value: V) => void;
};

/** Binds a field to the setting `key`: its value, its error (keyed by the same name) and writing it back. */
export function settingField<S extends object, K extends keyof S & string>(
  { settings, onChange, errors }: SettingsForm<S>,
  key: K,
): SettingBinding<S[K]> {
  return {
    value: settings[key],
    error: errors.get(key),
    onChange: (value) => onChange({ ...settings, [key]: value }),
  };
}

/** As `settingField`, for an optional setting: emptying the field removes the key instead of storing "". */
export function optionalSettingField<S extends object, K extends keyof S & string>(
  form: SettingsForm<S>,
  key: K,
): SettingBinding<S[K]> {
  return {
    ...settingField(form, key),
    onChange: (value) => form.onChange(withOptional(form.settings, key, value)),
  };
}
