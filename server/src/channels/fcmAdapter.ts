import { createHash } from 'node:crypto';
import type { ChannelAdapter, DeliveryResult } from '@journeyflow/engine/ports/channels';
import type { PushContent } from '@journeyflow/shared/messaging/channelContent';
import type { OutboundClient } from '../http/outbound/outboundClient';
import { AccessTokenError, FCM_SCOPE, serviceAccountAccessToken } from './googleAccessToken';
import { httpFailure, networkFailure } from './httpFailure';
import { type FcmConfig, parseGoogleServiceAccount } from './providerConfig';

/** The `message` of FCM HTTP v1 `messages:send`. */
export type FcmMessage = {
  readonly token: string;
  readonly notification: { readonly title: string; readonly body: string; readonly image?: string };
  /** FCM data values must be strings. */
  readonly data: Record<string, string>;
  readonly android: {
    readonly collapse_key: string;
    readonly notification: { readonly click_action?: string; readonly tag: string };
  };
  readonly apns: {
    readonly headers: { readonly 'apns-collapse-id': string };
    readonly payload: { readonly aps: { readonly 'mutable-content': 1 } };
  };
  readonly fcm_options: { readonly analytics_label: string };
};

/**
 * FCM has no server-side de-duplication. A key derived from the idempotency key (32 hex characters: within
 * APNs' 64-byte limit) makes a retried push collapse with the first one on the device instead: Android's
 * `collapse_key` (undelivered) and notification `tag` (already shown), iOS's `apns-collapse-id` (both).
 */
export const pushCollapseKey = (idempotencyKey: string): string =>
  createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);

export const toFcmMessage = (
  token: string,
  content: PushContent,
  ids: { readonly messageId: string; readonly idempotencyKey: string },
): FcmMessage => ({
  token,
  notification: {
    title: content.title,
    body: content.body,
    ...(content.imageUrl ? { image: content.imageUrl } : {}),
  },
  data: {
    messageId: ids.messageId,
    idempotencyKey: ids.idempotencyKey,
    ...(content.deepLink ? { deepLink: content.deepLink } : {}),
  },
  android: {
    collapse_key: pushCollapseKey(ids.idempotencyKey),
    notification: {
      ...(content.deepLink ? { click_action: content.deepLink } : {}),
      tag: pushCollapseKey(ids.idempotencyKey),
    },
  },
  apns: {
    headers: { 'apns-collapse-id': pushCollapseKey(ids.idempotencyKey) },
    payload: { aps: { 'mutable-content': 1 } },
  },
  fcm_options: { analytics_label: 'journeyflow' },
});

/** The bearer token: minted from the service-account key file when one is configured, else the fixed one. */
async function accessTokenFor(config: FcmConfig, outbound: OutboundClient): Promise<string> {
  const account = config.serviceAccountJson
    ? parseGoogleServiceAccount(config.serviceAccountJson)
    : undefined;
  if (account) return serviceAccountAccessToken(account, FCM_SCOPE, outbound);
  if (config.accessToken) return config.accessToken;
  throw new AccessTokenError('no FCM credentials: set the service-account key file', false);
}

/**
 * FCM HTTP v1: one request per registration token. Delivered when at least one device accepted it;
 * `UNREGISTERED`/`INVALID_ARGUMENT` tokens are final, quota and 5xx are retried. A token endpoint that
 * refuses the key fails the message for good; one that is down is retried like any network failure.
 */
export const createFcmAdapter = (config: FcmConfig, outbound: OutboundClient): ChannelAdapter => ({
  provider: 'fcm',
  channels: ['push'],
  ...(config.ratePerSecond ? { ratePerSecond: config.ratePerSecond } : {}),
  async send(message) {
    const content = message.content as PushContent;
    let accessToken: string;
    try {
      accessToken = await accessTokenFor(config, outbound);
    } catch (error) {
      if (error instanceof AccessTokenError)
        return { status: 'failed', retryable: error.retryable, error: `FCM auth: ${error.message}` };
      return networkFailure(error, 'FCM auth: ');
    }
    const url = new URL(`/v1/projects/${encodeURIComponent(config.projectId)}/messages:send`, config.baseUrl);
    const results: DeliveryResult[] = [];
    for (const token of message.to.pushTokens) {
      try {
        const response = await outbound.request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
          body: JSON.stringify({
            message: toFcmMessage(token, content, {
              messageId: message.id,
              idempotencyKey: message.idempotencyKey,
            }),
          }),
          timeoutMs: 15_000,
        });
        const text = response.text();
        if (response.ok) {
          const name = (JSON.parse(text) as { name?: string }).name;
          results.push({ status: 'sent', ...(name ? { providerMessageId: name } : {}) });
        } else {
          const errorStatus = /"status"\s*:\s*"([A-Z_]+)"/.exec(text)?.[1];
          results.push(httpFailure(response.status, text || `status ${response.status}`, errorStatus));
        }
      } catch (error) {
        results.push(networkFailure(error));
      }
    }
    const ok = results.find((r) => r.status !== 'failed');
    if (ok) return ok;
    // Retry only if some token might still succeed.
    const retryable = results.find((r) => r.status === 'failed' && r.retryable);
    return retryable ?? results[0] ?? { status: 'failed', retryable: false, error: 'no push token' };
  },
});
