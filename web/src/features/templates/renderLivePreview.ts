import type {
  Channel,
  ChannelContentMap,
  MessagePurpose,
} from '@journeyflow/shared/messaging/channelContent';
import {
  type ChannelMessage,
  checkMessageCompliance,
} from '@journeyflow/shared/messaging/checkMessageCompliance';
import { renderContent } from '@journeyflow/shared/messaging/renderContent';
import { sampleCustomer } from '@journeyflow/shared/messaging/sampleCustomer';
import { unsafeLinkReason, unsafeLinks } from '@journeyflow/shared/messaging/unsafeLinks';

export type LivePreview =
  | {
      readonly ok: true;
      readonly rendered: Record<string, unknown>;
      readonly missingVariables: readonly string[];
      readonly issues: readonly { code: string; message: string; severity: 'error' | 'warning' }[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Renders the draft in the browser with the same Liquid code the engine uses, for the sample customer and
 * an optional sample entry event, so the preview follows every keystroke without a request.
 */
export const renderLivePreview = (
  channel: Channel,
  purpose: MessagePurpose,
  content: Record<string, unknown>,
  eventProperties: Record<string, unknown> | undefined,
  now: Date = new Date(),
): LivePreview => {
  try {
    const { rendered, missingVariables } = renderContent(channel, content as ChannelContentMap[Channel], {
      customer: sampleCustomer,
      ...(eventProperties ? { event: { name: 'event', properties: eventProperties } } : {}),
      journey: { name: 'Preview' },
      now,
      timezone: 'Asia/Seoul',
    });
    const unsafe = unsafeLinks(channel, rendered);
    const issues = [
      ...(unsafe.length > 0
        ? [{ code: 'unsafe_link', message: unsafeLinkReason(unsafe), severity: 'error' as const }]
        : []),
      ...checkMessageCompliance({ channel, content: rendered } as ChannelMessage, purpose, []).map(
        ({ code, message, severity }) => ({ code, message, severity }),
      ),
    ];
    return { ok: true, rendered: rendered as Record<string, unknown>, missingVariables, issues };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
};
