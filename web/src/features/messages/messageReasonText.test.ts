import { describe, expect, it } from 'vitest';
import { en, ko, type MessageKey } from '../../i18n/dictionary';
import type { Translate } from '../../i18n/useT';
import { messageReasonText } from './messageReasonText';

const translator =
  (dictionary: typeof en | typeof ko): Translate =>
  (key: MessageKey) =>
    dictionary[key];

describe('messageReasonText', () => {
  it('says a known skip code in Korean and keeps anything else as sent', () => {
    expect(messageReasonText(translator(ko), 'consent_missing: no sms marketing consent')).toBe(
      '마케팅 수신 동의 없음',
    );
    expect(messageReasonText(translator(ko), 'night_window: quiet hours 21:00–08:00')).toContain('야간');
    expect(messageReasonText(translator(en), 'fatigue_cap: 3 per day')).toBe('workspace message cap reached');
    expect(messageReasonText(translator(ko), 'Provider said: 잔액 부족')).toBe('Provider said: 잔액 부족');
    expect(messageReasonText(translator(ko), null)).toBe('');
  });
});
