import type { Channel, MessagePurpose } from '../messaging/channelContent';

/** AlimTalk may only carry informational messages (SPEC §6): an ad by AlimTalk is refused everywhere. */
export function isAlimtalkAd(channel: Channel, purpose: MessagePurpose): boolean {
  return channel === 'alimtalk' && purpose === 'ad';
}

/** A Brand Message is promotional (SPEC §6): it must be sent as an ad. */
export function isInformationalBrandMessage(channel: Channel, purpose: MessagePurpose): boolean {
  return channel === 'brandmessage' && purpose === 'info';
}
