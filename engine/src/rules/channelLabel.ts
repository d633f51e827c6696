import type { Channel } from '@journeyflow/shared/messaging/channelContent';

export const channelLabel: Record<Channel, string> = {
  sms: 'SMS',
  alimtalk: 'AlimTalk',
  brandmessage: 'Brand Message',
  push: 'Push',
  inapp: 'In-app',
  email: 'Email',
  webhook: 'Webhook',
};
