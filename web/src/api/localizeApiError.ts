import { en, type MessageKey } from '../i18n/dictionary';
import { i18n } from '../i18n/i18n';
import { settingsFieldName } from '../i18n/issueText';
import type { Translate } from '../i18n/useT';

type Detail = { readonly path?: unknown; readonly message?: unknown; readonly code?: unknown };

const firstDetail = (details: unknown): Detail | undefined =>
  Array.isArray(details) && details.length > 0 && typeof details[0] === 'object'
    ? (details[0] as Detail)
    : undefined;

/**
 * The text an API error shows in the reader's language, from its stable `code` (and, for a 422, the first
 * detail's field and zod code). English readers get the server's own English `message`, the reference
 * text; a code the dictionary does not know keeps the server's message too.
 */
export function localizeApiError(code: string, message: string, details?: unknown): string {
  if (i18n.language === 'en') return message;
  const t = i18n.t.bind(i18n) as unknown as Translate;
  const detail = firstDetail(details);
  if (code === 'validation_failed' && detail && typeof detail.path === 'string') {
    const zodKey = `zod.${String(detail.code)}`;
    const field = detail.path.replace(/^(body|query|path|header)\.?/, '');
    return t('apiError.field', {
      field: field ? settingsFieldName(t, field) : t('apiError.validation_failed'),
      problem: t((zodKey in en ? zodKey : 'zod.other') as MessageKey),
    });
  }
  const key = `apiError.${code}`;
  return key in en ? t(key as MessageKey) : message;
}
