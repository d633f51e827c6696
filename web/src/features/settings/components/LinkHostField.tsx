import { LINK_HOST_MAX_LENGTH } from '@journeyflow/shared/messaging/linkHost';
import { shortLinkUrl } from '@journeyflow/shared/messaging/trackLinks';
import { InputField } from '../../../components/InputField';
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
  const host = linkHost?.trim() || undefined;
  return (
    <InputField
      label={t('links.host')}
      type="text"
      inputMode="url"
      value={linkHost ?? ''}
      readOnly={!editable}
      maxLength={LINK_HOST_MAX_LENGTH}
      placeholder={defaultBase}
      aria-invalid={error ? true : undefined}
      onChange={(value) => onChange(value === '' ? undefined : value)}
    >
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
    </InputField>
  );
}
