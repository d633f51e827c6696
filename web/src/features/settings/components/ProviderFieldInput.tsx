import { useId } from 'react';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import type { ProviderField } from '../providerFields';

/**
 * One input of a provider config. Secrets are password inputs that start blank and show only whether a
 * value is stored ("set" / "not set"); leaving them blank keeps the stored value — unless the endpoint
 * was edited (`enterAgain`): then the stored value will not be sent there and must be typed in again.
 */
export function ProviderFieldInput({
  field,
  value,
  secretSet,
  enterAgain = false,
  error,
  onChange,
}: {
  readonly field: ProviderField;
  readonly value: string | boolean;
  readonly secretSet: boolean;
  readonly enterAgain?: boolean;
  readonly error: string | undefined;
  readonly onChange: (value: string | boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const label = t(`cfg.field.${field.key}` as MessageKey);
  const errorId = `${id}-error`;
  const described = error ? errorId : undefined;
  if (field.kind === 'boolean') {
    return (
      <label className="jf-checkbox">
        <input
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
    );
  }
  return (
    <div className="jf-field">
      <label className="jf-label" htmlFor={id}>
        {label}
        {field.optional && !field.secret && <span className="jf-hint"> ({t('common.optional')})</span>}
        {field.secret && (
          <span
            className={`jf-secret-state ${secretSet && !enterAgain ? 'jf-tone-success' : 'jf-tone-neutral'}`}
            data-testid={`secret-${field.key}`}
          >
            {enterAgain ? t('cfg.secretEnterAgain') : secretSet ? t('cfg.secretSet') : t('cfg.secretNotSet')}
          </span>
        )}
      </label>
      <input
        id={id}
        className="jf-input"
        type={field.secret ? 'password' : 'text'}
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        autoComplete={field.secret ? 'new-password' : 'off'}
        value={typeof value === 'string' ? value : ''}
        placeholder={
          field.secret
            ? enterAgain
              ? t('cfg.secretEnterAgainHint')
              : secretSet
                ? t('cfg.secretKeep')
                : t('cfg.secretEnter')
            : field.defaultValue !== undefined
              ? String(field.defaultValue)
              : undefined
        }
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <div id={errorId} className="jf-field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
