import { endOfLocalWindow, isWithinLocalWindow } from '@journeyflow/shared/journey/zonedTime';
import type { MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { CustomerRecord } from '../step/customerRecord';
import { consentState } from './consent';
import type { SendRuleViolation } from './sendRuleViolation';

export type LocalWindow = { readonly start: string; readonly end: string };

/** No ads 21:00–08:00 in the customer's local time without night consent (정보통신망법 §50). */
export const AD_NIGHT_WINDOW: LocalWindow = { start: '21:00', end: '08:00' };

/**
 * When an ad may not go out now because of the night window, the end of the window (when it may);
 * undefined when the send is informational, the customer gave valid night consent, or it is daytime.
 */
export function nightWindowEnd(
  customer: CustomerRecord,
  purpose: MessagePurpose,
  now: Date,
  timezone: string,
  window: LocalWindow = AD_NIGHT_WINDOW,
): Date | undefined {
  if (purpose !== 'ad' || consentState(customer, 'night', now) === 'valid') return undefined;
  if (!isWithinLocalWindow(now, window.start, window.end, timezone)) return undefined;
  return endOfLocalWindow(now, window.end, timezone);
}

export function nightWindowViolation(
  customer: CustomerRecord,
  purpose: MessagePurpose,
  now: Date,
  timezone: string,
  window: LocalWindow = AD_NIGHT_WINDOW,
): SendRuleViolation | undefined {
  return nightWindowEnd(customer, purpose, now, timezone, window)
    ? {
        code: 'night_window',
        detail: `${window.start}-${window.end} ${timezone}`,
        why: `ads ${window.start}–${window.end} ${timezone} need night consent`,
      }
    : undefined;
}
