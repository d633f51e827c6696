/**
 * Why the last request failed, announced at once (role="alert"); nothing while there is no message.
 * `small` for the line under a form's controls (the size of a field's error).
 */
export function ErrorAlert({
  message,
  small = false,
}: {
  readonly message: string | null | undefined;
  readonly small?: boolean;
}) {
  if (!message) return null;
  return (
    <p className={small ? 'jf-field-error' : 'jf-error-text'} role="alert">
      {message}
    </p>
  );
}
