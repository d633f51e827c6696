/**
 * Words for the product's fixed values shown across screens: channels, message statuses, message
 * purposes and consent keys. Rendered through `labels.ts`; merged into the main dictionary.
 */
export const labelsEn = {
  'label.channel.sms': 'SMS',
  'label.channel.alimtalk': 'AlimTalk',
  'label.channel.brandmessage': 'Brand Message',
  'label.channel.push': 'Push',
  'label.channel.inapp': 'In-app',
  'label.channel.email': 'Email',
  'label.channel.webhook': 'Webhook',
  'label.msgStatus.queued': 'Queued',
  'label.msgStatus.sent': 'Sent',
  'label.msgStatus.delivered': 'Delivered',
  'label.msgStatus.failed': 'Failed',
  'label.msgStatus.skipped': 'Skipped',
  'label.purpose.ad': 'Ad',
  'label.purpose.info': 'Info',
  'label.consent.sms': 'SMS consent',
  'label.consent.email': 'Email consent',
  'label.consent.push': 'Push consent',
  'label.consent.kakao': 'Kakao consent',
  'label.consent.inapp': 'In-app consent',
  'label.consent.night': 'Night-time ad consent',
  'label.won': '₩{amount}',
  'label.people': '{n}',
  'label.percent': '{n}%',
} as const;

export type LabelsMessageKey = keyof typeof labelsEn;

export const labelsKo: { readonly [K in LabelsMessageKey]: string } = {
  'label.channel.sms': '문자(SMS)',
  'label.channel.alimtalk': '알림톡',
  'label.channel.brandmessage': '브랜드 메시지',
  'label.channel.push': '푸시',
  'label.channel.inapp': '인앱',
  'label.channel.email': '이메일',
  'label.channel.webhook': '웹훅',
  'label.msgStatus.queued': '대기 중',
  'label.msgStatus.sent': '발송',
  'label.msgStatus.delivered': '도달',
  'label.msgStatus.failed': '실패',
  'label.msgStatus.skipped': '건너뜀',
  'label.purpose.ad': '광고',
  'label.purpose.info': '정보성',
  'label.consent.sms': '문자 수신 동의',
  'label.consent.email': '이메일 수신 동의',
  'label.consent.push': '푸시 수신 동의',
  'label.consent.kakao': '카카오 수신 동의',
  'label.consent.inapp': '인앱 수신 동의',
  'label.consent.night': '야간 광고 수신 동의',
  'label.won': '{amount}원',
  'label.people': '{n}명',
  'label.percent': '{n}%',
};
