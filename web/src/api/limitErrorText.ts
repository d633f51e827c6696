import { isLimitExceeded } from '@journeyflow/shared/limits';
import { limitKey } from '../i18n/limitsDictionary';
import type { Translate } from '../i18n/useT';
import { isApiError } from './ApiError';

/**
 * The reader's-language text of a size cap (`limit_exceeded`) or segment loop (`segment_cycle`) error
 * from its code and details; undefined for other errors (show their message).
 */
export function limitErrorText(error: unknown, t: Translate): string | undefined {
  if (isApiError(error, 'limit_exceeded') && isLimitExceeded(error.details)) {
    const { limit, max } = error.details;
    return t('limits.exceeded', { max: max.toLocaleString(), what: t(limitKey(limit)) });
  }
  if (isApiError(error, 'segment_cycle')) {
    const cycle = (error.details as { cycle?: unknown } | undefined)?.cycle;
    return t('segments.cycle', { cycle: Array.isArray(cycle) ? cycle.join(' → ') : '' });
  }
  return undefined;
}
