import type { RenderContext } from './renderContent';

/**
 * Who a template preview is rendered for when the marketer picks nobody: a plausible Korean customer.
 * The editor's live preview and the server's preview endpoint use the same one.
 */
export const sampleCustomer: RenderContext['customer'] = {
  externalId: 'sample-customer',
  attributes: { name: '김민지', phone: '010-1234-5678', email: 'minji@example.com' },
  grade: 'VIP',
  timezone: 'Asia/Seoul',
  locale: 'ko-KR',
};
