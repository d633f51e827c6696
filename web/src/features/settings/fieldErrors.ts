import { isApiError } from '../../api/ApiError';

/**
 * Field-level messages from a 4xx answer's `details.issues` (`{ path, message }`), keyed by the field's
 * path without the request part (`body.senderName` → `senderName`, `buttons.0.name` stays as is).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.isUserError) return {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const key = path.replace(/^(body|path)\.?/, '');
    errors[key] ??= message;
  }
  return errors;
}
