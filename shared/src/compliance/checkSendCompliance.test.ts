import { describe, expect, it } from 'vitest';
import { validateJourney } from '../journey/validateJourney';
import { type ComplianceContext, checkSendCompliance } from './checkSendCompliance';
import { effectivePurpose } from './effectivePurpose';
import { optoutLineNames, optoutNumbersIn, workspaceOptoutNumber } from './optoutNumber';

const workspace: ComplianceContext = {
  senderName: '데모몰',
  optoutLine: '무료수신거부 080-123-4567',
  templates: [
    { id: 'bare', name: '맨 광고', channel: 'sms', purpose: 'ad', content: { text: '주말 세일!' } },
    {
      id: 'ok',
      name: '준수 광고',
      channel: 'sms',
      purpose: 'ad',
      content: { text: '(광고)[데모몰] 주말 세일!\n무료수신거부 080-123-4567' },
    },
    {
      id: 'other080',
      name: '다른 번호',
      channel: 'sms',
      purpose: 'ad',
      content: { text: '(광고)[데모몰] 주말 세일!\n무료수신거부 080-999-0000' },
    },
    { id: 'info', name: '안내', channel: 'sms', purpose: 'info', content: { text: '주문 확인' } },
  ],
  alimtalkTemplates: [{ code: 'SHIP', body: '#{name}님 배송 시작' }],
};

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => `${i.code}:${i.severity}`).sort();

describe('effectivePurpose', () => {
  it('is an ad when either the step or the template says so', () => {
    expect(effectivePurpose('info')).toBe('info');
    expect(effectivePurpose('info', 'info')).toBe('info');
    expect(effectivePurpose('info', 'ad')).toBe('ad');
    expect(effectivePurpose('ad', 'info')).toBe('ad');
  });
});

describe('080 numbers', () => {
  it('finds and normalises 080 numbers however they are written', () => {
    expect(optoutNumbersIn('무료수신거부 080-123-4567')).toEqual(['0801234567']);
    expect(optoutNumbersIn('무료 수신거부 080 1234 5678')).toEqual(['08012345678']);
    expect(workspaceOptoutNumber('무료수신거부 080.123.4567')).toBe('0801234567');
    expect(workspaceOptoutNumber('')).toBeUndefined();
  });

  it('only counts the number on the opt-out line', () => {
    expect(optoutLineNames('세일\n무료수신거부 080-123-4567', '0801234567')).toBe(true);
    expect(optoutLineNames('문의 080-123-4567\n무료수신거부 080-999-0000', '0801234567')).toBe(false);
  });
});

describe('checkSendCompliance', () => {
  it('checks a template by id as strictly as inline content', () => {
    expect(
      codes(checkSendCompliance({ channel: 'sms', purpose: 'ad', templateId: 'bare' }, workspace)),
    ).toEqual(['ad_missing_optout:error', 'ad_missing_prefix:error', 'ad_missing_sender:error']);
    expect(
      codes(
        checkSendCompliance({ channel: 'sms', purpose: 'ad', content: { text: '주말 세일!' } }, workspace),
      ),
    ).toEqual(['ad_missing_optout:error', 'ad_missing_prefix:error', 'ad_missing_sender:error']);
    expect(checkSendCompliance({ channel: 'sms', purpose: 'ad', templateId: 'ok' }, workspace)).toEqual([]);
  });

  it('requires the workspace own 080 number on the opt-out line', () => {
    const [issue] = checkSendCompliance({ channel: 'sms', purpose: 'ad', templateId: 'other080' }, workspace);
    expect(issue).toMatchObject({
      code: 'ad_optout_number_mismatch',
      severity: 'error',
      params: { number: '080-123-4567' },
      path: ['templateId'],
    });
  });

  it('a step cannot send an ad template as information: it is judged as an ad', () => {
    const issues = checkSendCompliance({ channel: 'sms', purpose: 'info', templateId: 'bare' }, workspace);
    expect(codes(issues)).toEqual([
      'ad_missing_optout:error',
      'ad_missing_prefix:error',
      'ad_missing_sender:error',
      'template_purpose_mismatch:error',
    ]);
  });

  it('an ad step with an informational template applies the ad rules to its text', () => {
    const issues = checkSendCompliance({ channel: 'sms', purpose: 'ad', templateId: 'info' }, workspace);
    expect(codes(issues)).toContain('template_purpose_mismatch:warning');
    expect(codes(issues)).toContain('ad_missing_prefix:error');
  });

  it('AlimTalk never for ads, Brand Message only for ads', () => {
    const alimtalk = { templateCode: 'SHIP', variables: { name: '{{ customer.name }}' } };
    expect(
      codes(checkSendCompliance({ channel: 'alimtalk', purpose: 'ad', content: alimtalk }, workspace)),
    ).toEqual(['alimtalk_ad_forbidden:error']);
    expect(
      checkSendCompliance({ channel: 'alimtalk', purpose: 'info', content: alimtalk }, workspace),
    ).toEqual([]);
    expect(
      codes(
        checkSendCompliance(
          { channel: 'brandmessage', purpose: 'info', content: { text: '안내' } },
          workspace,
        ),
      ),
    ).toEqual(['brandmessage_ad_only:error']);
  });

  it('checks the SMS fallback text with the effective purpose and the workspace number', () => {
    const issues = checkSendCompliance(
      {
        channel: 'brandmessage',
        purpose: 'ad',
        content: { text: '(광고)[데모몰] 쿠폰\n무료수신거부 080-123-4567' },
        fallback: { channel: 'sms', content: { text: '(광고)[데모몰] 쿠폰\n무료수신거부 080-000-1111' } },
      },
      workspace,
    );
    expect(issues).toMatchObject([
      { code: 'ad_optout_number_mismatch', path: ['fallback', 'content', 'text'] },
    ]);
  });

  it('unknown or wrong-channel templates are errors', () => {
    expect(
      codes(checkSendCompliance({ channel: 'sms', purpose: 'ad', templateId: 'nope' }, workspace)),
    ).toEqual(['template_not_found:error']);
    expect(
      codes(checkSendCompliance({ channel: 'push', purpose: 'ad', templateId: 'ok' }, workspace)),
    ).toEqual(['template_channel_mismatch:error']);
  });
});

describe('validateJourney with the workspace context', () => {
  const graph = (settings: unknown) => ({
    nodes: [
      { id: 'in', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'go' } },
      { id: 's', type: 'send', position: { x: 0, y: 100 }, settings },
    ],
    edges: [{ id: 'e', source: 'in', sourceHandle: 'next', target: 's' }],
  });

  it('reports a template send step that breaks the ad rules on the node, with codes and params', () => {
    const result = validateJourney(
      graph({ channel: 'sms', purpose: 'ad', templateId: 'other080' }),
      {},
      workspace,
    );
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        nodeId: 's',
        code: 'ad_optout_number_mismatch',
        params: { number: '080-123-4567' },
      }),
    );
    expect(
      validateJourney(
        graph({ channel: 'sms', purpose: 'ad', templateId: 'ok' }),
        {},
        workspace,
      ).issues.filter((i) => i.nodeId === 's'),
    ).toEqual([]);
  });
});
