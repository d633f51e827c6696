import type { Channel } from './channelContent';
import { defaultChannelPrices, type MessageType } from './channelSettings';
import { messageTypeOf } from './messageTypeOf';

export type MessageCostEstimate = {
  /** Billable type, or null for channels without a per-message price (push, in-app, email, webhook). */
  readonly type: MessageType | null;
  /** KRW per message. */
  readonly unitPrice: number;
  readonly recipients: number;
  /** KRW for all recipients. */
  readonly total: number;
};

/**
 * Estimated cost of one send node for the inspector and the publish dialog: the message's billable type
 * (SMS/LMS/MMS by EUC-KR bytes, AlimTalk, Brand Message) times the workspace's price (`GET /api/channel-prices`).
 * Liquid makes the final length vary per customer; pass rendered sample content for a closer figure.
 */
export function estimateMessageCost(
  channel: Channel,
  content: unknown,
  recipients: number,
  prices: Readonly<Partial<Record<MessageType, number>>> = defaultChannelPrices,
): MessageCostEstimate {
  const type = messageTypeOf(channel, content);
  const unitPrice = type ? (prices[type] ?? defaultChannelPrices[type]) : 0;
  return { type, unitPrice, recipients, total: Math.round(unitPrice * recipients * 100) / 100 };
}
