import type { ProviderRejection } from '@journeyflow/shared/api/testSends';
import { isApiError } from '../../api/ApiError';
import { en, type MessageKey } from '../../i18n/dictionary';
import { issueText } from '../../i18n/issueText';
import type { Translate } from '../../i18n/useT';

const num = (details: unknown, key: string): number | undefined => {
  const value = (details as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : undefined;
};

/** A provider's refusal in the reader's language: a known provider code's own words, else the generic text. */
export function rejectionText(t: Translate, rejection: ProviderRejection): string {
  const key = `ts.rejected.${rejection.params.providerCode}`;
  return key in en ? t(key as MessageKey, rejection.params) : t('ts.rejected', rejection.params);
}

/**
 * The reader's-language text of an error from the test recipient and test send routes (codes and
 * details, not the server's English); undefined when there is nothing better than the message.
 */
export function testSendErrorText(t: Translate, error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const { details } = error;
  switch (error.code) {
    case 'code_invalid':
      return t('trc.error.code_invalid', { attemptsLeft: num(details, 'attemptsLeft') ?? 0 });
    case 'code_expired':
      return t('trc.error.code_expired');
    case 'too_many_attempts':
      return t('trc.error.too_many_attempts');
    case 'test_recipient_unverified':
      return t('ts.unverified');
    case 'rate_limited': {
      const windowSeconds = num(details, 'windowSeconds');
      if (windowSeconds === undefined) return undefined;
      const codes = (details as { limit?: unknown }).limit === 'verification_codes';
      return t(codes ? 'trc.error.rate_limited' : 'ts.rateLimited', {
        max: num(details, 'max') ?? 0,
        minutes: Math.round(windowSeconds / 60),
        seconds: num(details, 'retryAfterSeconds') ?? 0,
      });
    }
    case 'validation_failed': {
      const issues = (details as { issues?: unknown } | undefined)?.issues;
      if (!Array.isArray(issues) || issues.length === 0) return undefined;
      return issues.map((issue) => issueText(t, issue as Parameters<typeof issueText>[1])).join(' ');
    }
    default:
      return undefined;
  }
}
