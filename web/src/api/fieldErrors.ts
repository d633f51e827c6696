import { isApiError } from './ApiError';

/** Messages per field, keyed by dotted path (`buttons.0.name`): what every form shows beside its fields. */
export type FieldErrors = ReadonlyMap<string, string>;

/** `a[1].b` (shared's field paths) and ['a', 1, 'b'] both become `a.1.b`, the forms' key format. */
export function fieldKey(path: string | readonly (string | number)[]): string {
  return typeof path === 'string' ? path.replace(/\[(\d+)\]/g, '.$1') : path.join('.');
}

/** The one way issues become field errors: keyed by `fieldKey`, the first message per field wins. */
export function collectFieldErrors(
  issues: Iterable<{ readonly path: string | readonly (string | number)[]; readonly message: string }>,
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const { path, message } of issues) {
    const key = fieldKey(path);
    if (!errors.has(key)) errors.set(key, message);
  }
  return errors;
}

/**
 * Field-level messages from a 4xx answer's `details.issues` (`{ path, message }`), keyed by the field's
 * path without the request part (`body.senderName` → `senderName`, `buttons.0.name` stays as is).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.isUserError) return {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  const wellFormed = issues.filter(
    (issue): issue is { path: string; message: string } =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as { path?: unknown }).path === 'string' &&
      typeof (issue as { message?: unknown }).message === 'string',
  );
  return Object.fromEntries(
    collectFieldErrors(
      wellFormed.map(({ path, message }) => ({ path: path.replace(/^(body|path)\.?/, ''), message })),
    ),
  );
}
