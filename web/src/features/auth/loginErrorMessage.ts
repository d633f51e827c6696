import { isApiError } from '../../api/ApiError';
import { retryAfterMinutes } from '../../api/retryAfterMinutes';
import type { MessageKey } from '../../i18n/dictionary';

/** The sign-in refusal in the reader's language, by the server's code; `undefined` → show the server's text. */
export function loginErrorMessage(
  error: unknown,
): { readonly key: MessageKey; readonly values?: Readonly<Record<string, number>> } | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 401 || error.code === 'unauthorized') return { key: 'login.failed' };
  if (error.code === 'too_many_attempts')
    return { key: 'acct.login.tooMany', values: { minutes: retryAfterMinutes(error) } };
  if (error.code === 'busy') return { key: 'acct.error.busy' };
  return undefined;
}
