import {
  type ComplianceContext,
  checkSendCompliance,
} from '@journeyflow/shared/compliance/checkSendCompliance';
import type {
  Channel,
  ChannelContentMap,
  MessagePurpose,
} from '@journeyflow/shared/messaging/channelContent';
import { renderContent } from '@journeyflow/shared/messaging/renderContent';
import { sampleCustomer } from '@journeyflow/shared/messaging/sampleCustomer';
import { unsafeLinkReason, unsafeLinks } from '@journeyflow/shared/messaging/unsafeLinks';

export type LivePreview =
  | {
      readonly ok: true;
      readonly rendered: Record<string, unknown>;
      readonly missingVariables: readonly string[];
      readonly issues: readonly {
        code: string;
        message: string;
        severity: 'error' | 'warning';
        params?: Readonly<Record<string, string | number>>;
      }[];
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
  identity: Pick<ComplianceContext, 'senderName' | 'optoutLine'> = {},
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
    // The one compliance check the server runs on save, with the workspace's sender name and 080 number.
    const issues = [
      ...(unsafe.length > 0
        ? [{ code: 'unsafe_link', message: unsafeLinkReason(unsafe), severity: 'error' as const }]
        : []),
      ...checkSendCompliance({ channel, purpose, content: rendered }, identity).map(
        ({ code, message, severity, params }) => ({ code, message, severity, ...(params ? { params } : {}) }),
      ),
    ];
    return { ok: true, rendered: rendered as Record<string, unknown>, missingVariables, issues };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
};
