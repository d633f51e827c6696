import type { Channel, ChannelContent, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';

/**
 * Where a message goes. The delivery worker fills it from the customer row at send time, so an address
 * changed after the step still wins and an erased customer gets nothing.
 */
export type Recipient = {
  readonly externalId: string;
  readonly phone: string | null;
  readonly email: string | null;
  /** FCM registration tokens (customer attribute `pushTokens` or `pushToken`). */
  readonly pushTokens: readonly string[];
};

/**
 * One message handed to a provider adapter. `content` is already rendered (Liquid resolved), in the
 * channel's content shape from `@journeyflow/shared/messaging/channelContent`.
 */
export type OutboundMessage<C extends Channel = Channel> = {
  /** The outbox row id. */
  readonly id: string;
  /** `(run_id, node_id, visit)` key: adapters pass it to providers so a retried send is deduplicated there too. */
  readonly idempotencyKey: string;
  readonly workspaceId: string;
  readonly journeyId: string | null;
  readonly runId: string | null;
  readonly nodeId: string | null;
  readonly customerId: string;
  readonly channel: C;
  readonly purpose: MessagePurpose;
  readonly content: ChannelContent<C>;
  readonly to: Recipient;
  /** 1 for the first try. */
  readonly attempt: number;
};

/**
 * What a provider said. `sent` = accepted (a delivery callback may follow), `delivered` = final success.
 * A `failed` result that is `retryable` is retried with backoff; otherwise it is final (for AlimTalk it
 * triggers the SMS/LMS fallback at once, e.g. the recipient has no KakaoTalk).
 */
export type DeliveryResult =
  | { readonly status: 'sent' | 'delivered'; readonly providerMessageId?: string }
  | {
      readonly status: 'failed';
      readonly retryable: boolean;
      readonly error: string;
      readonly code?: string;
    };

/** One provider behind one interface (SPEC §6). */
export type ChannelAdapter = {
  /** Provider name, e.g. `sandbox`, `solapi`, `fcm`, `smtp`, `webhook`, `inapp`; also the rate-limit key. */
  readonly provider: string;
  readonly channels: readonly Channel[];
  /** Maximum sends per second through this provider for one workspace; undefined = unlimited. */
  readonly ratePerSecond?: number;
  send(message: OutboundMessage): Promise<DeliveryResult>;
};

/** The engine's `channels` port: which adapter a workspace has configured for a channel (sandbox by default). */
export type ChannelsPort = {
  resolve(workspaceId: string, channel: Channel): Promise<ChannelAdapter>;
};
