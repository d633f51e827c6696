import type { TrackedClick } from '@journeyflow/engine/delivery/reportDeliveryStatus';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createOutboundClient, type OutboundClient } from '../http/outbound/outboundClient';
import { createOutboundPolicy } from '../http/outbound/outboundPolicy';
import { type ChannelRegistry, createChannelRegistry } from './channelRegistry';
import { type ChannelSettingsStore, createChannelSettingsStore } from './channelSettingsStore';
import { createCredentialCipher } from './credentialCipher';
import { createInappHub, type InappHub, type InappHubOptions } from './inappHub';
import { createInboxSource } from './inappService';
import { createInappTokens, type InappTokens } from './inappToken';

/** Everything channel-related a server process shares: one hub for its SSE sessions, one adapter registry. */
export type ChannelServices = {
  readonly hub: InappHub;
  readonly tokens: InappTokens;
  readonly settings: ChannelSettingsStore;
  /** The engine's `channels` port, for the delivery worker. */
  readonly registry: ChannelRegistry;
  /** The guarded client every adapter sends through (`JOURNEYFLOW_OUTBOUND_ALLOW` applied). */
  readonly outbound: OutboundClient;
  /** Tracks a provider-reported click as a `message_clicked` event through the engine (wakes journeys). */
  readonly trackEvent: TrackEvent | undefined;
};

export type TrackEvent = (workspaceId: string, event: TrackedClick) => Promise<{ readonly accepted: number }>;

/**
 * `secretKey` is `resolveSecretKey(config)` (JOURNEYFLOW_SECRET_KEY or the data dir's key); `outboundAllow`
 * is `config.outboundAllow` (tests list their local peers there).
 */
export const createChannelServices = (deps: {
  readonly sql: SqlClient;
  readonly secretKey: string;
  readonly outboundAllow: readonly string[];
  readonly trackEvent?: TrackEvent;
  /** In-app streams: poll interval and per-customer limit (defaults 2 s, 3). */
  readonly inapp?: Pick<InappHubOptions, 'pollMs' | 'maxStreamsPerCustomer' | 'onError'>;
}): ChannelServices => {
  const hub = createInappHub({ ...deps.inapp, source: createInboxSource(deps.sql) });
  const settings = createChannelSettingsStore(deps.sql, createCredentialCipher(deps.secretKey));
  const outbound = createOutboundClient(createOutboundPolicy(deps.outboundAllow));
  return {
    hub,
    tokens: createInappTokens(deps.secretKey),
    settings,
    registry: createChannelRegistry({ sql: deps.sql, settings, hub, outbound }),
    outbound,
    trackEvent: deps.trackEvent,
  };
};
