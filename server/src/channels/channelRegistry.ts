import type { ChannelAdapter, ChannelsPort } from '@journeyflow/engine/ports/channels';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { OutboundClient } from '../http/outbound/outboundClient';
import type { ChannelSettingsStore } from './channelSettingsStore';
import { createFcmAdapter } from './fcmAdapter';
import { createInappAdapter } from './inappAdapter';
import type { InappHub } from './inappHub';
import type { ProviderConfig } from './providerConfig';
import { createSandboxAdapter } from './sandboxAdapter';
import { createSmtpAdapter } from './smtpAdapter';
import { createSolapiAdapter } from './solapiAdapter';
import { createWebhookAdapter } from './webhookAdapter';

export type ChannelRegistry = ChannelsPort & {
  /** Drop cached adapters of a workspace after its settings changed (this process). */
  invalidate(workspaceId: string): void;
};

const adapterFor = (config: ProviderConfig, outbound: OutboundClient): ChannelAdapter => {
  switch (config.provider) {
    case 'solapi':
      return createSolapiAdapter(config, outbound);
    case 'fcm':
      return createFcmAdapter(config, outbound);
    case 'smtp':
      return createSmtpAdapter(config, outbound);
    case 'webhook':
      return createWebhookAdapter(config, outbound);
    case 'sandbox':
      return createSandboxAdapter();
  }
};

/**
 * The engine's `channels` port on the server: a workspace's configured adapter per channel, sandbox when
 * none is configured, and always the built-in inbox for in-app. Adapters are cached for `ttlMs`, so
 * settings saved in another process apply within that time. Every adapter reaches the outside only through
 * `outbound` (the guarded client).
 */
export const createChannelRegistry = (deps: {
  readonly sql: SqlClient;
  readonly settings: ChannelSettingsStore;
  readonly hub: InappHub;
  readonly outbound: OutboundClient;
  readonly ttlMs?: number;
}): ChannelRegistry => {
  const ttlMs = deps.ttlMs ?? 10_000;
  const sandbox = createSandboxAdapter();
  const inapp = createInappAdapter(deps.sql, deps.hub);
  const cache = new Map<string, { adapter: ChannelAdapter; at: number }>();
  return {
    async resolve(workspaceId: string, channel: Channel) {
      if (channel === 'inapp') return inapp;
      const key = `${workspaceId}:${channel}`;
      const cached = cache.get(key);
      if (cached && Date.now() - cached.at < ttlMs) return cached.adapter;
      const config = await deps.settings.load(workspaceId, channel);
      const adapter = config ? adapterFor(config, deps.outbound) : sandbox;
      cache.set(key, { adapter, at: Date.now() });
      return adapter;
    },
    invalidate(workspaceId) {
      for (const key of cache.keys()) if (key.startsWith(`${workspaceId}:`)) cache.delete(key);
    },
  };
};
