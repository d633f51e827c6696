import { describe, expect, it } from 'vitest';
import { codes, compliantAd, edge, entry, issuesOf, node, smsAd, smsInfo } from './fixtures/rawGraphBuilders';
import { validateJourney } from './validateJourney';

describe('validateJourney', () => {
  describe('Korean messaging compliance', () => {
    const sendGraph = (settings: unknown) => ({
      nodes: [entry, node('s', 'send', settings, '쿠폰 문자')],
      edges: [edge('e1', 'entry', 's')],
    });

    it('accepts a compliant ad SMS', () => {
      expect(codes(sendGraph(smsAd(compliantAd)))).toEqual([]);
    });

    it('ad_missing_prefix and ad_missing_optout are errors on SMS ads', () => {
      const result = validateJourney(sendGraph(smsAd('[데모몰] 10% 할인 쿠폰')));
      expect(result.valid).toBe(false);
      expect(result.issues).toMatchObject([
        { code: 'ad_missing_prefix', severity: 'error', field: 'content.text', nodeId: 's' },
        { code: 'ad_missing_optout', severity: 'error', field: 'content.text' },
      ]);
      expect(result.issues[0]!.message).toContain('(광고)');
    });

    it('accepts the opt-out line written with spaces', () => {
      expect(codes(sendGraph(smsAd('(광고)[데모몰] 쿠폰\n무료 수신거부 080-123-4567')))).toEqual([]);
    });

    it('checks the SMS fallback of an ad too', () => {
      const settings = {
        channel: 'brandmessage',
        purpose: 'ad',
        content: { text: compliantAd },
        fallback: { channel: 'sms', content: { text: '쿠폰을 드려요' } },
      };
      expect(issuesOf(sendGraph(settings), 'ad_missing_prefix')).toMatchObject([
        { field: 'fallback.content.text' },
      ]);
    });

    it('alimtalk_ad_forbidden', () => {
      const settings = { channel: 'alimtalk', purpose: 'ad', content: { templateCode: 'T1', variables: {} } };
      expect(codes(sendGraph(settings))).toEqual(['alimtalk_ad_forbidden']);
      expect(codes(sendGraph({ ...settings, purpose: 'info' }))).toEqual([]);
    });

    it('sms_too_long over 2,000 bytes and sms_subject_too_long over 40 bytes', () => {
      expect(codes(sendGraph(smsInfo('가'.repeat(1000))))).toEqual([]);
      expect(codes(sendGraph(smsInfo('가'.repeat(1001))))).toEqual(['sms_too_long']);
      const subject = (s: string) => ({
        channel: 'sms',
        purpose: 'info',
        content: { text: 'hi', subject: s },
      });
      expect(codes(sendGraph(subject('가'.repeat(20))))).toEqual([]);
      expect(codes(sendGraph(subject('가'.repeat(21))))).toEqual(['sms_subject_too_long']);
    });

    it('warns about emoji in SMS (valid, but a warning)', () => {
      const result = validateJourney(sendGraph(smsInfo('주문 완료 🎉')));
      expect(result.valid).toBe(true);
      expect(result.issues).toMatchObject([{ code: 'sms_unsupported_chars', severity: 'warning' }]);
    });

    it('warns when an informational message starts with (광고)', () => {
      expect(issuesOf(sendGraph(smsInfo('(광고) 세일')), 'info_marked_as_ad')).toMatchObject([
        { severity: 'warning' },
      ]);
    });

    it('push ads need (광고) in the title or body; a missing opt-out is a warning', () => {
      const push = (title: string, body: string) => ({
        channel: 'push',
        purpose: 'ad',
        content: { title, body },
      });
      expect(codes(sendGraph(push('세일', '지금 20% 할인')))).toEqual([
        'ad_missing_prefix',
        'ad_missing_optout',
      ]);
      const result = validateJourney(sendGraph(push('(광고) 세일', '지금 20% 할인')));
      expect(result.valid).toBe(true);
      expect(result.issues.map((i) => `${i.code}:${i.severity}`)).toEqual(['ad_missing_optout:warning']);
    });

    it('email ads need (광고) in the subject', () => {
      const email = (subject: string) => ({
        channel: 'email',
        purpose: 'ad',
        content: { subject, html: '<p>세일</p><a href="#">수신거부</a>' },
      });
      expect(codes(sendGraph(email('(광고) 세일')))).toEqual([]);
      expect(codes(sendGraph(email('세일')))).toEqual(['ad_missing_prefix']);
    });

    it('template_syntax_error for broken personalization tags in content, fallback and updates', () => {
      expect(issuesOf(sendGraph(smsInfo('{{ customer.name 님')), 'template_syntax_error')).toMatchObject([
        { field: 'content.text', severity: 'error' },
      ]);
      const update = {
        nodes: [entry, node('u', 'update', { set: { last: '{{ event.name | upcse }}' } })],
        edges: [edge('e1', 'entry', 'u')],
      };
      expect(issuesOf(update, 'template_syntax_error')).toMatchObject([{ field: 'set.last' }]);
    });

    it('send_content_source: exactly one of templateId and content', () => {
      expect(codes(sendGraph({ channel: 'sms', purpose: 'info' }))).toEqual(['send_content_source']);
      expect(codes(sendGraph({ ...smsInfo('hi'), templateId: 'tpl' }))).toEqual(['send_content_source']);
    });

    it('checks templates against the workspace context', () => {
      const templates = [
        { id: 'tpl_sms', channel: 'sms' as const, purpose: 'ad' as const, content: { text: '쿠폰 드려요' } },
        {
          id: 'tpl_push',
          channel: 'push' as const,
          purpose: 'info' as const,
          content: { title: 'a', body: 'b' },
        },
      ];
      const send = (templateId: string) => sendGraph({ channel: 'sms', purpose: 'ad', templateId });
      expect(codes(send('tpl_missing'), undefined, { templates })).toEqual(['template_not_found']);
      expect(codes(send('tpl_push'), undefined, { templates })).toEqual(['template_channel_mismatch']);
      expect(codes(send('tpl_sms'), undefined, { templates })).toEqual([
        'ad_missing_prefix',
        'ad_missing_optout',
      ]);
      // Without context, template ids are not checked.
      expect(codes(send('tpl_missing'))).toEqual([]);
    });
  });
});
