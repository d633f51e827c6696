import { describe, expect, it } from 'vitest';
import { en, ko } from '../../../i18n/dictionary';
import type { Translate } from '../../../i18n/useT';
import { describeChange } from './describeChange';

const translator =
  (table: Record<string, string>): Translate =>
  (key, values) =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
const tKo = translator(ko);
const tEn = translator(en);

describe('describeChange', () => {
  it('says a wait change in words and units, not a path and seconds', () => {
    const words = describeChange(
      { path: 'settings.timeoutSeconds', before: 86_400, after: 43_200 },
      tKo,
      'ko',
    );
    expect(words).toEqual({ field: '대기 시간', before: '1일', after: '12시간', isText: false });
    expect(describeChange({ path: 'settings.seconds', before: 3600, after: 7200 }, tEn, 'en')).toMatchObject({
      field: 'Wait time',
      before: '1 hour',
      after: '2 hours',
    });
  });

  it('marks message text as prose for a word diff', () => {
    expect(
      describeChange({ path: 'settings.content.text', before: '10% 쿠폰', after: '15% 쿠폰' }, tKo, 'ko'),
    ).toEqual({ field: '메시지 본문', before: '10% 쿠폰', after: '15% 쿠폰', isText: true });
    expect(
      describeChange({ path: 'templates.tpl_1.content.text', before: 'a', after: 'b' }, tKo, 'ko', (id) =>
        id === 'tpl_1' ? '장바구니 쿠폰' : undefined,
      ),
    ).toMatchObject({ field: '저장된 템플릿 “장바구니 쿠폰” 문구', isText: true });
    expect(
      describeChange({ path: 'alimtalk.ORDER_SHIPPED.body', before: 'a', after: 'b' }, tKo, 'ko'),
    ).toMatchObject({ field: '등록된 알림톡 문구 ORDER_SHIPPED', isText: true });
  });

  it('names channels, purposes, AlimTalk values and missing values in Korean', () => {
    expect(
      describeChange({ path: 'settings.channel', before: 'sms', after: 'alimtalk' }, tKo, 'ko'),
    ).toMatchObject({ field: '채널', after: ko['cfg.channel.alimtalk'] });
    expect(
      describeChange({ path: 'settings.purpose', before: 'info', after: 'ad' }, tKo, 'ko'),
    ).toMatchObject({
      before: '정보성',
      after: '광고',
    });
    expect(
      describeChange({ path: 'settings.content.variables.고객명', after: '{{ customer.name }}' }, tKo, 'ko'),
    ).toMatchObject({ field: '알림톡 변수 #{고객명}', before: '없음' });
    expect(
      describeChange({ path: 'quietHours.start', before: '21:00', after: '22:00' }, tKo, 'ko'),
    ).toMatchObject({ field: '방해 금지 시간', before: '21:00', after: '22:00' });
  });
});
