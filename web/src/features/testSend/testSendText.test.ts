import { auditEntityTypeSchema } from '@journeyflow/shared/api/audit';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { en, ko, type MessageKey } from '../../i18n/dictionary';
import { teamEn, teamKo } from '../../i18n/teamDictionary';
import { testSendEn, testSendKo } from '../../i18n/testSendDictionary';
import type { Translate } from '../../i18n/useT';
import { rejectionText, testSendErrorText } from './testSendText';

const translator =
  (dictionary: Record<MessageKey, string>): Translate =>
  (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));

describe('test send and team words', () => {
  it('are complete in Korean and differ from English', () => {
    for (const [english, korean] of [
      [teamEn, teamKo],
      [testSendEn, testSendKo],
    ] as const) {
      expect(Object.keys(korean).sort()).toEqual(Object.keys(english).sort());
    }
    expect(testSendKo['ts.button']).toBe('테스트 발송');
    expect(teamKo['cfg.tab.team']).toBe('팀');
    // Every audited entity has a name in the audit log, in both languages.
    for (const type of auditEntityTypeSchema.options) {
      expect(en[`audit.entity.${type}` as MessageKey]).toBeTruthy();
      expect(ko[`audit.entity.${type}` as MessageKey]).toBeTruthy();
    }
  });

  it('word a provider refusal in Korean, by its code when known', () => {
    const t = translator(ko);
    expect(
      rejectionText(t, { code: 'provider_rejected', params: { providerCode: '3104', detail: 'x' } }),
    ).toBe('받는 사람이 카카오톡을 사용하지 않습니다 (3104).');
    expect(
      rejectionText(t, { code: 'provider_rejected', params: { providerCode: 'E9', detail: 'bad number' } }),
    ).toBe('발송사가 거절했습니다 (E9): bad number');
  });

  it('word coded errors from their details, not the English message', () => {
    const t = translator(ko);
    expect(testSendErrorText(t, new ApiError(422, 'code_invalid', 'wrong', { attemptsLeft: 3 }))).toBe(
      '인증번호가 틀렸습니다. 3번 더 시도할 수 있습니다.',
    );
    expect(
      testSendErrorText(
        t,
        new ApiError(429, 'rate_limited', 'slow down', {
          max: 20,
          windowSeconds: 600,
          retryAfterSeconds: 42,
        }),
      ),
    ).toContain('10분에 20건');
    expect(
      testSendErrorText(
        t,
        new ApiError(429, 'rate_limited', 'slow down', {
          limit: 'verification_codes',
          max: 5,
          windowSeconds: 600,
          retryAfterSeconds: 9,
        }),
      ),
    ).toContain('인증번호 요청이 너무 많습니다');
    expect(testSendErrorText(translator(en), new ApiError(500, 'internal', 'boom'))).toBeUndefined();
  });
});
