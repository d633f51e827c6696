import type { OutboundMessage, Recipient } from '@journeyflow/engine/ports/channels';
import type { Channel, ChannelContent } from '@journeyflow/shared/messaging/channelContent';

/** A rendered message as the delivery worker would hand it to an adapter. */
export const anOutboundMessage = <C extends Channel>(
  channel: C,
  content: ChannelContent<C>,
  overrides: {
    readonly to?: Partial<Recipient>;
    readonly id?: string;
    readonly purpose?: 'info' | 'ad';
  } = {},
): OutboundMessage<C> => {
  const id = overrides.id ?? `msg_${Math.random().toString(36).slice(2)}`;
  return {
    id,
    idempotencyKey: `run_1:n3:1:${id}`,
    workspaceId: 'ws_test',
    journeyId: 'jrn_test',
    runId: 'run_1',
    nodeId: 'n3',
    customerId: 'cus_1',
    channel,
    purpose: overrides.purpose ?? 'info',
    content,
    to: {
      externalId: 'user-1',
      phone: '010-1234-5678',
      email: 'minji@example.com',
      pushTokens: ['device-token-1'],
      ...overrides.to,
    },
    attempt: 1,
  };
};
