/**
 * Words of paged lists, audience imports, template history, the migration map and the active period
 * (issue #17), merged into the main dictionary. English is the reference; Korean must have every key.
 */
export const listsEn = {
  'paging.more': 'Show more',
  'paging.loading': 'Loading…',
  'paging.shown': 'Showing {shown} of {total}',
  'paging.shownEstimated': 'Showing {shown} of about {total}',
  'paging.all': 'All {total} shown',
  'messages.empty': 'No messages match.',
  'messages.col.when': 'When',
  'messages.col.customer': 'Customer',
  'messages.col.channel': 'Channel',
  'messages.col.status': 'Status',
  'messages.col.message': 'Message',
  'messages.col.reason': 'Reason',
  'messages.col.journey': 'Journey',
  'customers.columns': 'Columns',
  'customers.col.email': 'Email',
  'customers.col.phone': 'Phone',
  'customers.col.created': 'Created',
  'runs.more': 'Show more customers',
};

export const listsKo: { readonly [K in keyof typeof listsEn]: string } = {
  'paging.more': '더 보기',
  'paging.loading': '불러오는 중…',
  'paging.shown': '전체 {total}건 중 {shown}건 표시',
  'paging.shownEstimated': '전체 약 {total}건 중 {shown}건 표시',
  'paging.all': '전체 {total}건 모두 표시',
  'messages.empty': '조건에 맞는 메시지가 없습니다.',
  'messages.col.when': '시각',
  'messages.col.customer': '고객',
  'messages.col.channel': '채널',
  'messages.col.status': '상태',
  'messages.col.message': '메시지',
  'messages.col.reason': '사유',
  'messages.col.journey': '여정',
  'customers.columns': '표시할 열',
  'customers.col.email': '이메일',
  'customers.col.phone': '전화번호',
  'customers.col.created': '등록일',
  'runs.more': '고객 더 보기',
};
