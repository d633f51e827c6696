import { LINK_HOST_MAX_LENGTH } from '@journeyflow/shared/messaging/linkHost';
import { shortLinkUrl } from '@journeyflow/shared/messaging/trackLinks';
import { useId } from 'react';
import { useT } from '../../../i18n/useT';

/**
 * The workspace's host for tracked short links (`https://go.example.com`); empty means the installation's
 * address (`defaultBase`, shown as the placeholder). A shorter host leaves more of a 90-byte SMS for text.
 */
export function LinkHostField({
  linkHost,
  defaultBase,
  editable,
  error,
  onChange,
}: {
  readonly linkHost: string | undefined;
  readonly defaultBase: string;
  readonly editable: boolean;
  readonly error: string | undefined;
  readonly onChange: (next: string | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const host = linkHost?.trim() || undefined;
  return (
    <div className="jf-field">
      <label className="jf-label" htmlFor={id}>
        {t('links.host')}
      </label>
      <input
        id={id}
        className="jf-input"
        type="text"
        inputMode="url"
        value={linkHost ?? ''}
        readOnly={!editable}
        maxLength={LINK_HOST_MAX_LENGTH}
        placeholder={defaultBase}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      />
      {error ? (
        <div className="jf-field-error" role="alert">
          {t('links.hostInvalid')}
        </div>
      ) : (
        <div className="jf-hint" data-testid="link-host-hint">
          {t('links.hostHint', {
            example: shortLinkUrl(host ?? defaultBase, 'Ab3dE9xQ'),
          })}
        </div>
      )}
    </div>
  );
}
