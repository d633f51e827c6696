import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { translate } from '../../../i18n/useT';
import { customerLabel, waitingText } from './runText';

describe('live panel words', () => {
  it('names a customer by name and masked phone, the id only when nothing else is known', () => {
    expect(customerLabel({ externalId: 'c1', customerName: '김*준', phoneMasked: '010-****-5678' })).toBe(
      '김*준 · 010-****-5678',
    );
    expect(customerLabel({ externalId: 'c1', customerName: null, phoneMasked: null })).toBe('c1');
  });

  it('explains waiting customers in Korean', async () => {
    await i18n.changeLanguage('ko');
    const group = { code: 'send.quiet_delayed', until: '08:00', day: '2026-12-04', event: null, count: 19 };
    expect(waitingText(translate, group, '2026-12-04')).toBe('방해 금지 시간으로 08:00까지 대기 19명');
    expect(waitingText(translate, group, '2026-12-03')).toBe('방해 금지 시간으로 12/04 08:00까지 대기 19명');
    expect(
      waitingText(
        translate,
        { code: 'wait.event_waiting', until: null, day: null, event: 'purchase', count: 2 },
        '',
      ),
    ).toBe("'purchase' 이벤트를 기다리는 중 2명");
  });
});
