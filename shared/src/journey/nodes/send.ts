import { checkSendSettings } from '../../messaging/checkSendSettings';
import { defineNode } from '../nodeDefinition';
import { sendSettingsSchema } from './sendSettings';

export const sendNode = defineNode({
  type: 'send',
  category: 'message',
  label: 'Send message',
  description: 'Send a message on one channel; "failed" lets you chain another channel when delivery fails.',
  ko: { label: '메시지 발송', description: '문자, 알림톡, 푸시, 인앱, 이메일 등으로 보냅니다.' },
  settingsSchema: sendSettingsSchema,
  defaultSettings: { channel: 'sms', purpose: 'info', content: { text: '' } },
  example: {
    channel: 'sms',
    purpose: 'info',
    content: { text: '{{ customer.name }}님, 주문이 접수되었어요.' },
  },
  outputHandles: () => ['next', 'failed'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings, context) => checkSendSettings(settings, context),
});
