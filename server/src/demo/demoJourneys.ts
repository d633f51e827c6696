import {
  CONSENT_CHANNEL_WORDS,
  DEMO_PUSH_OPTOUT,
  DEMO_SENDER_NAME,
  RECONSENT_ALIMTALK_CONTENT,
  SHOP_COUPON_INAPP_CONTENT,
} from './demoTemplates';

type DemoStep = { readonly label: string; readonly settings: Record<string, unknown> };

/** Every demo journey sends one message: its entry, one send step, the exit, drawn top to bottom. */
const oneMessageGraph = (
  entry: DemoStep & { readonly type: string },
  send: DemoStep & { readonly id: string },
) => ({
  nodes: [
    { id: 'entry', type: entry.type, label: entry.label, position: { x: 0, y: 0 }, settings: entry.settings },
    { id: send.id, type: 'send', label: send.label, position: { x: 0, y: 160 }, settings: send.settings },
    { id: 'exit', type: 'exit', position: { x: 0, y: 320 }, settings: {} },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: send.id },
    { id: 'e2', source: send.id, sourceHandle: 'next', target: 'exit' },
  ],
});

/**
 * The demo shop's own journey: three views of one product within an hour → an in-app coupon at once.
 * It is what makes a coupon pop up in the shop seconds after the third view (the seed "browse
 * abandonment" journey answers the same behaviour with an SMS and a 24 h wait).
 */
export const shopCouponJourney = {
  name: '데모샵: 3회 조회 인앱 쿠폰',
  description: 'Viewed the same product 3 times within an hour without buying → in-app 10% coupon at once.',
  settings: {
    timezone: 'Asia/Seoul',
    reentry: { mode: 'after_exit', cooldownSeconds: 120 },
    goal: { event: 'purchase' },
  },
  graph: oneMessageGraph(
    {
      type: 'entry.behavior',
      label: '같은 상품 3회 조회',
      settings: {
        event: 'product_viewed',
        minCount: 3,
        withinSeconds: 3600,
        groupBy: 'properties.productId',
        withoutEvent: 'purchase',
      },
    },
    {
      id: 'coupon',
      label: '인앱 10% 쿠폰',
      settings: {
        channel: 'inapp',
        purpose: 'ad',
        content: SHOP_COUPON_INAPP_CONTENT,
      },
    },
  ),
} as const;

/** Submitted by the marketer, waiting for a reviewer: a birthday coupon on a daily schedule. */
export const birthdayJourney = {
  name: '생일 축하 쿠폰',
  description: 'Every morning at 10:00, customers whose birthday is today get a push coupon.',
  settings: { timezone: 'Asia/Seoul', reentry: { mode: 'always' }, goal: { event: 'purchase' } },
  graph: oneMessageGraph(
    {
      type: 'entry.schedule',
      label: '매일 오전 10시',
      settings: { cron: '0 10 * * *', condition: { attribute: 'birthday', op: 'anniversary' } },
    },
    {
      id: 'coupon',
      label: '생일 쿠폰 푸시',
      settings: {
        channel: 'push',
        purpose: 'ad',
        content: {
          title: `(광고)[${DEMO_SENDER_NAME}] 생일 축하드려요!`,
          body: `{{ customer.name }}님, 생일 축하 15% 쿠폰 BDAY15를 드려요. ${DEMO_PUSH_OPTOUT}`,
          deepLink: 'demoshop://coupons/BDAY15',
        },
      },
    },
  ),
} as const;

/**
 * Ready re-consent journey (issue 13): the nightly audience job emits `consent_expiring` 30 days before a
 * channel's marketing consent turns two years old (once per grant); the customer gets an informational
 * AlimTalk asking to renew, with an SMS fallback in its own words. A consent notice is not an ad, so it
 * needs no marketing consent and may use AlimTalk.
 */
export const reconsentJourney = {
  name: '광고 수신동의 갱신 안내',
  description:
    'consent_expiring (30 days before a marketing consent turns 2 years old) → informational AlimTalk asking to renew, SMS fallback.',
  settings: { timezone: 'Asia/Seoul', reentry: { mode: 'always' } },
  graph: oneMessageGraph(
    { type: 'entry.event', label: '수신동의 만료 30일 전', settings: { event: 'consent_expiring' } },
    {
      id: 'notice',
      label: '수신동의 갱신 알림톡',
      settings: {
        channel: 'alimtalk',
        purpose: 'info',
        content: RECONSENT_ALIMTALK_CONTENT,
        fallback: {
          channel: 'sms',
          content: {
            text: `[${DEMO_SENDER_NAME}] {{ customer.name }}님, 광고 수신동의(${CONSENT_CHANNEL_WORDS})가 {{ event.properties.expiresAt | date: '%Y-%m-%d' }}에 만료됩니다. 계속 혜택 소식을 받으시려면 앱 설정에서 동의를 갱신해 주세요.`,
          },
        },
      },
    },
  ),
} as const;
