import type { CreateTemplateRequest } from '@journeyflow/shared/api/templates';
import type { AlimtalkTemplate } from '@journeyflow/shared/messaging/channelSettings';

export const DEMO_SENDER_NAME = '데모몰';
export const DEMO_OPTOUT_LINE = '무료수신거부 080-123-4567';
/** How a push ad tells the customer to turn ads off for free (the app's own setting). */
export const DEMO_PUSH_OPTOUT = '무료수신거부: 앱 설정 > 알림';
/** The registered AlimTalk template of the re-consent journey. */
/**
 * The expiring consent's channel in the customer's words: the `consent_expiring` event carries the consent
 * key (`sms`, `email`, `night`, …), which must not reach the message as a code.
 */
export const CONSENT_CHANNEL_WORDS =
  "{% case event.properties.channel %}{% when 'sms' %}문자{% when 'kakao' %}카카오톡{% when 'push' %}앱 푸시{% when 'email' %}이메일{% when 'inapp' %}인앱{% when 'night' %}야간 광고{% else %}{{ event.properties.channel }}{% endcase %}";

export const RECONSENT_ALIMTALK_CODE = 'CONSENT_RENEW_01';

/** The consent-renewal AlimTalk as sent: the saved template and the demo journey's send step use it alike. */
export const RECONSENT_ALIMTALK_CONTENT = {
  templateCode: RECONSENT_ALIMTALK_CODE,
  variables: {
    name: '{{ customer.name }}',
    channel: CONSENT_CHANNEL_WORDS,
    expiresAt: "{{ event.properties.expiresAt | date: '%Y-%m-%d' }}",
  },
};

/** The demo shop's in-app coupon as sent: the saved template and the shop journey's send step use it alike. */
export const SHOP_COUPON_INAPP_CONTENT = {
  title: '(광고) 보신 상품 10% 쿠폰',
  body: `{{ customer.name }}님, {{ event.properties.productName }} 10% 할인 쿠폰 SHOP10을 드려요. [${DEMO_SENDER_NAME}] ${DEMO_OPTOUT_LINE}`,
  ctaLabel: '쿠폰 받기',
  ctaUrl: '/demo/shop?coupon=SHOP10',
};

/** Kakao-approved AlimTalk templates the seed journeys use (`PLAN_FIT_01`, `GRADE_UP_01`) plus one more. */
export const demoAlimtalkTemplates: readonly AlimtalkTemplate[] = [
  {
    code: 'PLAN_FIT_01',
    name: '요금제 점검 안내',
    body: '#{name}님, 최근 사용량을 분석해 보니 #{plan} 요금제가 더 잘 맞아요. 자세한 내용은 앱에서 확인하세요.',
    buttons: [{ name: '요금제 보기', url: 'https://demo-mall.kr/plans' }],
    status: 'approved',
  },
  {
    code: 'GRADE_UP_01',
    name: '등급 상향 안내',
    body: '#{name}님, 축하드립니다! 회원 등급이 #{grade}(으)로 올랐어요. 새 등급 혜택을 확인해 보세요.',
    buttons: [{ name: '혜택 보기', url: 'https://demo-mall.kr/benefits' }],
    status: 'approved',
  },
  {
    code: 'ORDER_SHIPPED_01',
    name: '배송 시작 안내',
    body: '#{name}님, 주문하신 #{product} 상품이 출발했어요. 운송장 번호: #{tracking}',
    buttons: [],
    status: 'approved',
  },
  {
    code: RECONSENT_ALIMTALK_CODE,
    name: '수신동의 갱신 안내',
    body: '#{name}님, 광고성 정보 수신동의(#{channel})가 #{expiresAt}에 만료됩니다. 혜택 소식을 계속 받으시려면 아래 버튼에서 동의를 갱신해 주세요.',
    buttons: [{ name: '동의 갱신하기', url: 'https://demo-mall.kr/consent' }],
    status: 'approved',
  },
];

/** One or more templates per channel, Korean copy; ads follow the advertising rules (SPEC §6). */
export const demoTemplates: readonly CreateTemplateRequest[] = [
  {
    name: '장바구니 10% 쿠폰 (SMS)',
    channel: 'sms',
    purpose: 'ad',
    content: {
      text: `(광고)[${DEMO_SENDER_NAME}] {{ customer.name }}님, 담아두신 상품 10% 할인 쿠폰 SAVE10을 드려요. https://demo-mall.kr/cart\n${DEMO_OPTOUT_LINE}`,
    },
  },
  {
    name: '주말 특가 안내 (LMS)',
    channel: 'sms',
    purpose: 'ad',
    content: {
      subject: '(광고) 주말 특가',
      text: `(광고)[${DEMO_SENDER_NAME}] {{ customer.name }}님, 이번 주말 한정 특가!\n- 유기농 사과 2kg 30% 할인\n- 제주 흑돼지 20% 할인\n- 전 상품 무료배송\n지금 앱에서 확인하세요.\n${DEMO_OPTOUT_LINE}`,
    },
  },
  {
    name: '주문 확인 (SMS)',
    channel: 'sms',
    purpose: 'info',
    content: { text: `[${DEMO_SENDER_NAME}] {{ customer.name }}님, 주문이 접수되었어요. 감사합니다.` },
  },
  {
    name: '배송 시작 (알림톡)',
    channel: 'alimtalk',
    purpose: 'info',
    content: {
      templateCode: 'ORDER_SHIPPED_01',
      variables: {
        name: '{{ customer.name }}',
        product: '{{ event.properties.productName }}',
        tracking: '{{ event.properties.tracking }}',
      },
    },
  },
  {
    name: 'VIP 전용 혜택 (브랜드 메시지)',
    channel: 'brandmessage',
    purpose: 'ad',
    content: {
      text: `(광고)[${DEMO_SENDER_NAME}] {{ customer.name }}님만을 위한 VIP 전용 20% 쿠폰이 도착했어요.\n${DEMO_OPTOUT_LINE}`,
      buttons: [{ name: '쿠폰 받기', url: 'https://demo-mall.kr/vip' }],
    },
  },
  {
    name: '재구매 알림 (푸시)',
    channel: 'push',
    purpose: 'ad',
    content: {
      title: `(광고)[${DEMO_SENDER_NAME}] 다시 만나요`,
      body: `{{ customer.name }}님, 자주 찾으시던 상품이 다시 들어왔어요. ${DEMO_PUSH_OPTOUT}`,
      deepLink: 'demoshop://home',
    },
  },
  {
    name: '보신 상품 쿠폰 (인앱)',
    channel: 'inapp',
    purpose: 'ad',
    content: SHOP_COUPON_INAPP_CONTENT,
  },
  {
    name: '월간 뉴스레터 (이메일)',
    channel: 'email',
    purpose: 'ad',
    content: {
      subject: '(광고) {{ customer.name }}님을 위한 이달의 추천',
      html: `<h1>이달의 추천 상품</h1><p>{{ customer.name }}님, 제철 과일과 유기농 채소를 만나보세요.</p><p>${DEMO_SENDER_NAME} · ${DEMO_OPTOUT_LINE}</p>`,
    },
  },
  {
    name: '수신동의 갱신 안내 (알림톡)',
    channel: 'alimtalk',
    purpose: 'info',
    content: RECONSENT_ALIMTALK_CONTENT,
  },
  {
    name: '수신동의 갱신 안내 (SMS)',
    channel: 'sms',
    purpose: 'info',
    content: {
      text: `[${DEMO_SENDER_NAME}] {{ customer.name }}님, 광고 수신동의가 {{ event.properties.expiresAt | date: '%Y-%m-%d' }}에 만료됩니다. 계속 혜택 소식을 받으시려면 앱 설정에서 동의를 갱신해 주세요.`,
    },
  },
  {
    name: 'CRM 연동 (웹훅)',
    channel: 'webhook',
    purpose: 'info',
    content: {
      url: 'https://example.com/hooks/journeyflow',
      body: '{"customer":"{{ customer.externalId }}"}',
    },
  },
];
