import type { Channel } from './channelContent';
import type { MessageType } from './channelSettings';
import { classifySms } from './classifySms';

/**
 * The billable type of one message, for cost estimates (price table per type); null for channels Korean
 * carriers don't bill per message (push, in-app, email, webhook).
 */
export function messageTypeOf(channel: Channel, content: unknown): MessageType | null {
  switch (channel) {
    case 'sms': {
      const sms = (content ?? {}) as { text?: unknown; subject?: unknown; imageUrl?: unknown };
      return classifySms({
        text: typeof sms.text === 'string' ? sms.text : '',
        ...(typeof sms.subject === 'string' ? { subject: sms.subject } : {}),
        ...(typeof sms.imageUrl === 'string' ? { imageUrl: sms.imageUrl } : {}),
      }).type;
    }
    case 'alimtalk':
      return 'ALIMTALK';
    case 'brandmessage':
      return 'BRAND_MESSAGE';
    default:
      return null;
  }
}
