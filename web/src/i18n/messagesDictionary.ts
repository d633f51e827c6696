/** Words of the message log (`/messages`). Merged into the main dictionary. */
export const messagesEn = {
  'messages.title': 'Messages',
  'messages.customerFilter': 'Customer external id',
  'messages.journeyFilter': 'Journey id',
  'messages.channel': 'Channel',
  'messages.allChannels': 'All channels',
  'messages.status': 'Status',
  'messages.allStatuses': 'All statuses',
  'messages.noMatch': 'No messages match.',
  'messages.table': 'Messages',
  'messages.when': 'When',
  'messages.customer': 'Customer',
  'messages.message': 'Message',
  'messages.reason': 'Reason',
  'messages.journey': 'Journey',
  'messages.open': 'open',
  'messages.ad': 'Ad',
  'messages.test': 'Test',
} as const;

export type MessagesMessageKey = keyof typeof messagesEn;

export const messagesKo: { readonly [K in MessagesMessageKey]: string } = {
  'messages.title': '메시지 기록',
  'messages.customerFilter': '고객 외부 ID',
  'messages.journeyFilter': '여정 ID',
  'messages.channel': '채널',
  'messages.allChannels': '모든 채널',
  'messages.status': '상태',
  'messages.allStatuses': '모든 상태',
  'messages.noMatch': '조건에 맞는 메시지가 없습니다.',
  'messages.table': '메시지',
  'messages.when': '시각',
  'messages.customer': '고객',
  'messages.message': '내용',
  'messages.reason': '사유',
  'messages.journey': '여정',
  'messages.open': '열기',
  'messages.ad': '광고',
  'messages.test': '테스트',
};
