import { DEMO_OPTOUT_LINE, DEMO_SENDER_NAME } from './demoTemplates';

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
  graph: {
    nodes: [
      {
        id: 'entry',
        type: 'entry.behavior',
        label: '같은 상품 3회 조회',
        position: { x: 0, y: 0 },
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
        type: 'send',
        label: '인앱 10% 쿠폰',
        position: { x: 0, y: 160 },
        settings: {
          channel: 'inapp',
          purpose: 'ad',
          content: {
            title: '(광고) 보신 상품 10% 쿠폰',
            body: `{{ customer.name }}님, {{ event.properties.productName }} 10% 할인 쿠폰 SHOP10을 드려요. [${DEMO_SENDER_NAME}] ${DEMO_OPTOUT_LINE}`,
            ctaLabel: '쿠폰 받기',
            ctaUrl: '/demo/shop?coupon=SHOP10',
          },
        },
      },
      { id: 'exit', type: 'exit', position: { x: 0, y: 320 }, settings: {} },
    ],
    edges: [
      { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'coupon' },
      { id: 'e2', source: 'coupon', sourceHandle: 'next', target: 'exit' },
    ],
  },
} as const;

/** Submitted by the marketer, waiting for a reviewer: a birthday coupon on a daily schedule. */
export const birthdayJourney = {
  name: '생일 축하 쿠폰',
  description: 'Every morning at 10:00, customers whose birthday is today get a push coupon.',
  settings: { timezone: 'Asia/Seoul', reentry: { mode: 'always' }, goal: { event: 'purchase' } },
  graph: {
    nodes: [
      {
        id: 'entry',
        type: 'entry.schedule',
        label: '매일 오전 10시',
        position: { x: 0, y: 0 },
        settings: { cron: '0 10 * * *', condition: { attribute: 'birthday', op: 'anniversary' } },
      },
      {
        id: 'coupon',
        type: 'send',
        label: '생일 쿠폰 푸시',
        position: { x: 0, y: 160 },
        settings: {
          channel: 'push',
          purpose: 'ad',
          content: {
            title: '(광고) 생일 축하드려요!',
            body: '{{ customer.name }}님, 생일 축하 15% 쿠폰 BDAY15를 드려요.',
            deepLink: 'demoshop://coupons/BDAY15',
          },
        },
      },
      { id: 'exit', type: 'exit', position: { x: 0, y: 320 }, settings: {} },
    ],
    edges: [
      { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'coupon' },
      { id: 'e2', source: 'coupon', sourceHandle: 'next', target: 'exit' },
    ],
  },
} as const;
