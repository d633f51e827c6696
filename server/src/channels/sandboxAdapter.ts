import type { ChannelAdapter } from '@journeyflow/engine/ports/channels';
import { providerChannels } from './providerConfig';

/**
 * The default adapter: sends nothing anywhere and marks the message delivered. The outbox row keeps the
 * rendered message, so the messages log shows exactly what would have gone out.
 */
export const createSandboxAdapter = (): ChannelAdapter => ({
  provider: 'sandbox',
  channels: providerChannels.sandbox,
  send: async (message) => ({ status: 'delivered', providerMessageId: `sandbox_${message.id}` }),
});
