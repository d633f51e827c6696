import type { ChannelAdapter, OutboundMessage } from '@journeyflow/engine/ports/channels';
import type { WebhookContent } from '@journeyflow/shared/messaging/channelContent';
import type { OutboundClient } from '../http/outbound/outboundClient';
import { httpFailure, networkFailure } from './httpFailure';
import type { WebhookConfig } from './providerConfig';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhookSignature';

/** The JSON sent: the rendered body, or an envelope describing the message when the send has no body. */
const webhookBody = (message: OutboundMessage, content: WebhookContent): unknown => {
  if (content.body === undefined) {
    return {
      messageId: message.id,
      externalId: message.to.externalId,
      journeyId: message.journeyId,
      nodeId: message.nodeId,
      purpose: message.purpose,
    };
  }
  if (typeof content.body !== 'string') return content.body;
  try {
    return JSON.parse(content.body);
  } catch {
    return { text: content.body };
  }
};

/** A receiver's answer is only read for the error message. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * JSON POST signed with HMAC-SHA256; 2xx = delivered, timeouts and 5xx are retried. The URL (possibly
 * rendered from Liquid) goes through the outbound guard; redirects are not followed.
 */
export const createWebhookAdapter = (config: WebhookConfig, outbound: OutboundClient): ChannelAdapter => ({
  provider: 'webhook',
  channels: ['webhook'],
  ...(config.ratePerSecond ? { ratePerSecond: config.ratePerSecond } : {}),
  async send(message) {
    const content = message.content as WebhookContent;
    const body = JSON.stringify(webhookBody(message, content));
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await outbound.request(content.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Journeyflow-Webhook/1',
          'idempotency-key': message.idempotencyKey,
          [SIGNATURE_HEADER]: signWebhook(config.secret, timestamp, body),
          [TIMESTAMP_HEADER]: String(timestamp),
        },
        body,
        timeoutMs: config.timeoutMs,
        maxRedirects: 0,
        maxBytes: MAX_ANSWER_BYTES,
        truncate: true,
      });
      if (response.ok) return { status: 'delivered' };
      return httpFailure(response.status, response.text() || `status ${response.status}`);
    } catch (error) {
      return networkFailure(error);
    }
  },
});
