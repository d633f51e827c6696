import { describe, expect, it } from 'vitest';
import { hasOptOutLine } from '../compliance/optoutNumber';
import { checkMessageCompliance, startsWithAdPrefix } from './checkMessageCompliance';

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => `${i.code}:${i.severity}`);
const optOut = '\n무료수신거부 080-123-4567';

describe('checkMessageCompliance', () => {
  it('recognizes the ad prefix only at the start, after whitespace', () => {
    expect(startsWithAdPrefix('  (광고)[몰] 세일')).toBe(true);
    expect(startsWithAdPrefix('[몰](광고) 세일')).toBe(false);
    expect(startsWithAdPrefix('[광고] 세일')).toBe(false);
    expect(hasOptOutLine('무료 수신 거부 080')).toBe(true);
    expect(hasOptOutLine('수신거부 080')).toBe(false);
  });

  it('brandmessage: ad rules as errors, and at most 1,000 characters', () => {
    const brand = (text: string, purpose: 'ad' | 'info' = 'ad') =>
      codes(checkMessageCompliance({ channel: 'brandmessage', content: { text } }, purpose, ['content']));
    expect(brand(`(광고)[데모몰] 세일${optOut}`)).toEqual([]);
    expect(brand('세일')).toEqual(['ad_missing_prefix:error', 'ad_missing_optout:error']);
    expect(brand(`(광고)${'가'.repeat(1000)}${optOut}`)).toEqual(['brandmessage_too_long:error']);
    expect(brand('(광고) 세일', 'info')).toEqual(['info_marked_as_ad:warning']);
  });

  it('email: subject prefix is an error, a missing unsubscribe link a warning', () => {
    const email = (subject: string, html: string) =>
      codes(checkMessageCompliance({ channel: 'email', content: { subject, html } }, 'ad', ['content']));
    expect(email('(광고) 세일', '<a href="{{ unsubscribe }}">Unsubscribe</a>')).toEqual([]);
    expect(email('(광고) 세일', '<p>세일</p>')).toEqual(['ad_missing_optout:warning']);
    expect(email('세일', '<p>수신거부</p>')).toEqual(['ad_missing_prefix:error']);
  });

  it('informational push, email, in-app and webhook messages have no ad rules', () => {
    expect(
      checkMessageCompliance({ channel: 'push', content: { title: 't', body: 'b' } }, 'info', []),
    ).toEqual([]);
    expect(
      checkMessageCompliance({ channel: 'email', content: { subject: 's', html: 'h' } }, 'info', []),
    ).toEqual([]);
    expect(
      checkMessageCompliance({ channel: 'inapp', content: { title: 't', body: 'b' } }, 'ad', []),
    ).toEqual([]);
    expect(
      checkMessageCompliance({ channel: 'webhook', content: { url: 'https://x.test' } }, 'ad', []),
    ).toEqual([]);
  });

  it('points issues at the field inside the given path', () => {
    const [issue] = checkMessageCompliance({ channel: 'sms', content: { text: `세일${optOut}` } }, 'ad', [
      'fallback',
      'content',
    ]);
    expect(issue).toMatchObject({ code: 'ad_missing_prefix', path: ['fallback', 'content', 'text'] });
  });
});

describe('sender name', () => {
  it('refuses an ad that does not show the workspace sender name', () => {
    const sms = (text: string) =>
      codes(
        checkMessageCompliance({ channel: 'sms', content: { text } }, 'ad', ['content'], {
          senderName: '데모몰',
        }),
      );
    expect(sms(`(광고)[데모몰] 세일${optOut}`)).toEqual([]);
    expect(sms(`(광고) 세일${optOut}`)).toEqual(['ad_missing_sender:error']);
    // Informational messages and unknown sender names are not checked.
    expect(
      checkMessageCompliance({ channel: 'sms', content: { text: '배송 안내' } }, 'info', [], {
        senderName: '데모몰',
      }),
    ).toEqual([]);
    expect(sms.length).toBe(1);
  });
});
