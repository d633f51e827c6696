import { endOfLocalWindow, isWithinLocalWindow } from '@journeyflow/shared/journey/zonedTime';
import type { MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { CustomerRecord } from '../step/customerRecord';
import { type LocalWindow, nightWindowEnd } from './nightWindow';

export type QuietWindow = { readonly end: Date; readonly behavior: 'delay' | 'skip'; readonly why: string };

/**
 * The quiet windows a send step is inside now: the legal night window for ads without night consent
 * (delayed by default, or skipped when the journey's quiet hours say `skip`), and the journey's own
 * quiet hours. Empty when the send may go out now.
 */
export function activeQuietWindows(
  customer: CustomerRecord,
  purpose: MessagePurpose,
  now: Date,
  timezone: string,
  adWindow: LocalWindow,
  journeyQuiet: (LocalWindow & { readonly behavior: 'delay' | 'skip' }) | undefined,
): { readonly windows: readonly QuietWindow[]; readonly night: boolean } {
  const windows: QuietWindow[] = [];
  const nightEnd = nightWindowEnd(customer, purpose, now, timezone, adWindow);
  if (nightEnd) {
    windows.push({
      end: nightEnd,
      behavior: journeyQuiet?.behavior ?? 'delay',
      why: `${adWindow.start}–${adWindow.end} ${timezone} (ads without night consent)`,
    });
  }
  if (journeyQuiet && isWithinLocalWindow(now, journeyQuiet.start, journeyQuiet.end, timezone)) {
    windows.push({
      end: endOfLocalWindow(now, journeyQuiet.end, timezone),
      behavior: journeyQuiet.behavior,
      why: `${journeyQuiet.start}–${journeyQuiet.end} ${timezone} (journey quiet hours)`,
    });
  }
  return { windows, night: nightEnd !== undefined };
}
