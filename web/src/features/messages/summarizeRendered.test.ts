import { describe, expect, it } from 'vitest';
import { summarizeRendered } from './summarizeRendered';

describe('summarizeRendered', () => {
  it('shows the SMS type and text, push title and body, email subject', () => {
    expect(
      summarizeRendered({ channel: 'sms', rendered: { type: 'LMS', subject: '품절 임박', text: '곧 품절' } }),
    ).toBe('[LMS] 품절 임박 곧 품절');
    expect(summarizeRendered({ channel: 'push', rendered: { title: '알림', body: '내용' } })).toBe(
      '알림 — 내용',
    );
    expect(summarizeRendered({ channel: 'email', rendered: { subject: 'Hi', html: '<p/>' } })).toBe('Hi');
    expect(
      summarizeRendered({ channel: 'alimtalk', rendered: { templateCode: 'T1', variables: { a: '1' } } }),
    ).toBe('T1 {"a":"1"}');
  });

  it('reads an AlimTalk as its registered body with the values filled in when the registry is known', () => {
    expect(
      summarizeRendered(
        {
          channel: 'alimtalk',
          rendered: { templateCode: 'PLAN_FIT_01', variables: { name: '김민지', plan: '5G 라이트' } },
        },
        [{ code: 'PLAN_FIT_01', body: '#{name}님, #{plan} 요금제가 더 잘 맞아요.' }],
      ),
    ).toBe('김민지님, 5G 라이트 요금제가 더 잘 맞아요.');
  });
});
