/**
 * Words of the journey list (features/journeys). English is the reference;
 * the Korean table must have every key. Accessible names the tests use stay in English in both tables.
 */
export const journeysEn = {
  'list.title': 'Journeys',
  'list.create': 'New journey',
  'list.createTitle': 'Create a journey',
  'list.name': 'Journey name',
  'list.namePlaceholder': 'e.g. Coupon after browsing without buying',
  'list.searchPlaceholder': 'Search by name',
  'list.statusFilter': 'Status',
  'list.reviewQueue': 'Waiting for my review',
  'list.owner': 'Owner',
  'list.updated': 'Last edited',
  'list.actions': 'Actions',
  'list.duplicate': 'Duplicate',
  'list.rejected': 'Sent back',
  'list.rejectedReason': 'Reviewer: {reason}',
  'list.approvedUnpublished': 'Changes approved · not published',
  'list.notPublishedYet': 'Approved, not published yet',
  'list.archive': 'Archive',
  'list.archiveConfirm': 'Archive this journey? Customers in it will stop receiving messages.',
  'list.copyOf': 'Copy of',
  'list.emptyTitle': 'No journeys yet',
  'list.emptyBody':
    'A journey sends the right message when a customer does something. Start with "New journey", drag a trigger (for example "Event trigger") from the left palette, then add waits and messages below it.',
  'list.noMatch': 'No journey matches your search.',
  'list.reviewEmpty': 'Nothing is waiting for your review.',
} as const;

export const journeysKo: { readonly [K in keyof typeof journeysEn]: string } = {
  'list.title': '여정',
  'list.create': '새 여정',
  'list.createTitle': '여정 만들기',
  'list.name': '여정 이름',
  'list.namePlaceholder': '예: 상품 조회 후 미구매 고객 쿠폰',
  'list.searchPlaceholder': '이름으로 검색',
  'list.statusFilter': '상태',
  'list.reviewQueue': '내 검토 대기',
  'list.owner': '담당자',
  'list.updated': '최근 수정',
  'list.actions': '작업',
  'list.duplicate': '복제',
  'list.rejected': '반려됨',
  'list.rejectedReason': '검토자 의견: {reason}',
  'list.approvedUnpublished': '변경 승인됨 · 게시 전',
  'list.notPublishedYet': '승인됨, 아직 게시하지 않음',
  'list.archive': '보관',
  'list.archiveConfirm': '이 여정을 보관할까요? 여정 안의 고객은 더 이상 메시지를 받지 않습니다.',
  'list.copyOf': '사본',
  'list.emptyTitle': '아직 여정이 없습니다',
  'list.emptyBody':
    '여정은 고객의 행동에 맞춰 알맞은 메시지를 보냅니다. "새 여정"을 누르고 왼쪽 팔레트에서 시작 조건(예: "이벤트 발생")을 캔버스로 끌어온 다음, 그 아래에 대기와 메시지를 이어 붙이세요.',
  'list.noMatch': '검색과 일치하는 여정이 없습니다.',
  'list.reviewEmpty': '검토를 기다리는 여정이 없습니다.',
};
