import { AD_LAW_CODES } from '@journeyflow/shared/compliance/adLawIssues';
import { describe, expect, it } from 'vitest';
import { en, ko, type MessageKey } from './dictionary';
import { contentFieldName, issueText } from './issueText';
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

  it("names the content field in the reader's language (text → 본문), an unknown field as sent", () => {
    const missing = { code: 'ad_missing_prefix', message: 'x', params: { prefix: '(광고)', field: 'text' } };
    expect(issueText(translator(ko), missing)).toContain('본문 맨 앞에 넣어 주세요');
    expect(issueText(translator(en), missing)).toContain('at the start of the text.');
    expect(issueText(translator(ko), { ...missing, params: { prefix: '(광고)', field: 'note' } })).toContain(
      'note 맨 앞에',
    );
  });

  it('names a field or a content path in Korean for the 422 lines', () => {
    expect(contentFieldName(translator(ko), 'text')).toBe('본문');
    expect(contentFieldName(translator(ko), 'content.title')).toBe('제목');
    expect(contentFieldName(translator(en), 'text')).toBe('text');
    expect(contentFieldName(translator(ko), 'name')).toBe('name');
  });

  it('every compliance code the shared check can raise has Korean text', () => {
    for (const code of [...AD_LAW_CODES, 'template_purpose_mismatch']) {
      expect(ko[`issue.${code}` as MessageKey]).toBeTruthy();
    }
  });

  it('renders journey validation issues in Korean, naming fields and handles in words', () => {
    const ko_ = translator(ko);
    expect(
      issueText(ko_, {
        code: 'invalid_settings',
        message: 'The Event trigger step "n_917c4a808d": Enter an event name.',
        params: { step: 'entry.event', field: 'event', problem: 'required' },
      }),
    ).toBe('이벤트 이름을(를) 입력하세요.');
    expect(
      issueText(ko_, {
        code: 'handle_unconnected',
        message: 'x',
        params: { step: '구매 대기', handle: 'timeout' },
      }),
    ).toBe("'시간 초과' 출구가 연결되지 않았습니다. 다음 단계나 종료에 연결하세요.");
    expect(issueText(ko_, { code: 'no_entry', message: 'x', params: { empty: 1 } })).toContain('여정이 비어');
    expect(
      issueText(translator(en), {
        code: 'invalid_settings',
        message: 'x',
        params: { field: 'timeoutSeconds', problem: 'invalid' },
      }),
    ).toBe('Check how long to wait.');
  });
});
