/**
 * Journey descriptions in Korean, by seed key: the gallery shows them, and the demo workspace's journeys
 * are seeded with them (the product is Korean-first); the seed files carry the English description.
 */
export const KOREAN_DESCRIPTIONS: Record<string, string> = {
  'browse-abandonment':
    '같은 상품을 24시간 안에 3번 보고 사지 않은 고객에게 10% 쿠폰 문자를 보내고, 24시간 안에 구매가 없으면 비슷한 상품을 인앱 메시지로 추천합니다.',
  'churn-risk':
    '데이터 사용량 감소·반복 불만 같은 이탈 신호가 있는 고객 가운데 고가치 고객에게는 맞춤 혜택(브랜드 메시지, 실패 시 LMS)을, 나머지 고객에게는 더 잘 맞는 요금제 안내 알림톡을 보냅니다.',
  'dormant-reactivation':
    '180일 동안 구매가 없어 휴면 등급이 된 고객에게 두 가지 재방문 혜택을 A/B 테스트(10% 홀드아웃)로 보내고, 반응이 없으면 일주일 뒤 한 번 더 알립니다.',
  'purchase-cycle': '고객마다 예측한 다음 구매일 이틀 전 아침에 재구매 쿠폰을 푸시로 보냅니다.',
  'vip-welcome':
    'VIP 등급으로 올라간 고객에게 바로 환영 알림톡을 보내고, 다음 날 아침 VIP 혜택을 안내하는 이메일을 보냅니다.',
  'shop-coupon':
    '한 시간 안에 같은 상품을 3번 보고 사지 않은 고객에게 바로 10% 할인 쿠폰을 인앱 메시지로 보여 줍니다.',
  birthday: '매일 오전 10시, 오늘이 생일인 고객에게 생일 축하 15% 쿠폰을 푸시로 보냅니다.',
  reconsent:
    '광고 수신동의가 2년이 되기 30일 전에 정보성 알림톡(실패 시 문자)으로 동의 갱신을 안내합니다. 광고가 아니므로 수신동의 없이도 보낼 수 있습니다.',
};
