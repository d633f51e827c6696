import { en, type MessageKey } from '../../i18n/dictionary';
import type { Translate } from '../../i18n/useT';

/**
 * A message's skip or failure reason in the reader's language. The engine writes `code: English why`
 * (`consent_missing: no sms marketing consent`); a known code is said with the dictionary, anything else
 * is shown as sent.
 */
export function messageReasonText(t: Translate, reason: string | null | undefined): string {
  if (!reason) return '';
  const code = /^([a-z_]+)(?::|$)/.exec(reason)?.[1];
  const key = `skip.${code}`;
  return code && key in en ? t(key as MessageKey) : reason;
}
