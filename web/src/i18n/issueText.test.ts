import { describe, expect, it } from 'vitest';
import { en, ko, type MessageKey } from './dictionary';
import { issueText } from './issueText';
import type { Translate } from './useT';

const translator =
  (dictionary: typeof en | typeof ko): Translate =>
  (key: MessageKey, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));

describe('issueText', () => {
  const issue = {
    code: 'ad_optout_number_mismatch',
    message: 'English from the server',
    params: { number: '080-123-4567' },
  };

  it('renders a compliance code with its params in Korean and English', () => {
    expect(issueText(translator(ko), issue)).toBe(
      '수신거부 줄에는 이 워크스페이스의 080 번호 080-123-4567가 있어야 합니다(설정 → 광고 표기·수신거부).',
    );
    expect(issueText(translator(en), issue)).toContain('080-123-4567 (Settings → Ads & opt-out)');
  });

  it('translates purposes and falls back to the message for unknown codes or missing params', () => {
    expect(
      issueText(translator(ko), {
        code: 'template_purpose_mismatch',
        message: 'x',
        params: { template: '세일', templatePurpose: 'ad', purpose: 'info' },
      }),
    ).toContain('"세일"은(는) 광고 템플릿인데 이 단계는 정보성(으)로');
    expect(issueText(translator(ko), { code: 'handle_unconnected', message: 'as sent', params: {} })).toBe(
      'as sent',
    );
    expect(issueText(translator(ko), { code: 'ad_missing_prefix', message: 'as sent' })).toBe('as sent');
  });

  it('every compliance code the shared check can raise has Korean text', () => {
    for (const code of [
      'ad_missing_prefix',
      'ad_missing_optout',
      'ad_missing_sender',
      'ad_optout_number_mismatch',
      'alimtalk_ad_forbidden',
      'brandmessage_ad_only',
      'template_purpose_mismatch',
    ]) {
      expect(ko[`issue.${code}` as MessageKey]).toBeTruthy();
    }
  });
});
