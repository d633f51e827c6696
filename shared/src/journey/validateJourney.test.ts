import { describe, expect, it } from 'vitest';
import { seedJourneys } from './fixtures/seedJourneys';
import { nodeTypes } from './nodeRegistry';
import { createValidationCache, validateJourney } from './validateJourney';

type RawNode = { id: string; type: string; label?: string; settings?: unknown; position?: unknown };
type RawEdge = { id: string; source: string; sourceHandle?: string; target: string };

const at = { x: 0, y: 0 };
const node = (id: string, type: string, settings: unknown = {}, label?: string): RawNode => ({
  id,
  type,
  position: at,
  settings,
  ...(label ? { label } : {}),
});
const edge = (id: string, source: string, target: string, sourceHandle = 'next'): RawEdge => ({
  id,
  source,
  sourceHandle,
  target,
});

const entry = node('entry', 'entry.event', { event: 'signup' });
const exit = node('exit', 'exit');
const smsInfo = (text: string) => ({ channel: 'sms', purpose: 'info', content: { text } });
const smsAd = (text: string) => ({ channel: 'sms', purpose: 'ad', content: { text } });
const compliantAd = '(광고)[데모몰] 10% 할인 쿠폰을 드려요.\n무료수신거부 080-123-4567';

function codes(graph: unknown, settings?: unknown, context?: Parameters<typeof validateJourney>[2]) {
  return validateJourney(graph, settings, context).issues.map((issue) => issue.code);
}

function issuesOf(graph: unknown, code: string) {
  return validateJourney(graph).issues.filter((issue) => issue.code === code);
}

describe('validateJourney', () => {
  it.each(seedJourneys.map((seed) => [seed.key, seed.journey] as const))(
    'accepts the seed journey %s without errors',
    (_key, journey) => {
      const { graph, settings } = journey as { graph: unknown; settings: unknown };
      const result = validateJourney(graph, settings, { segments: [{ id: 'seg_churn_risk' }] });
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );

  it('accepts a minimal journey, and an unconnected next (it means exit)', () => {
    expect(validateJourney({ nodes: [entry], edges: [] })).toEqual({ valid: true, issues: [] });
    const graph = {
      nodes: [entry, node('s', 'send', smsInfo('안녕하세요'))],
      edges: [edge('e1', 'entry', 's')],
    };
    expect(validateJourney(graph)).toEqual({ valid: true, issues: [] });
  });

  it('defaults a missing sourceHandle to next', () => {
    const graph = { nodes: [entry, exit], edges: [{ id: 'e1', source: 'entry', target: 'exit' }] };
    expect(validateJourney(graph).valid).toBe(true);
  });

  it('reports malformed input instead of throwing', () => {
    expect(codes(null)).toEqual(['invalid_graph']);
    expect(codes({ nodes: 'x', edges: [] })).toEqual(['invalid_graph']);
    expect(codes({ nodes: [entry, { type: 'exit' }], edges: [{ source: 'entry' }] })).toEqual([
      'invalid_node',
      'invalid_edge',
    ]);
  });

  describe('entry rules', () => {
    it('no_entry on an empty journey and on one without an entry step', () => {
      expect(codes({ nodes: [], edges: [] })).toEqual(['no_entry']);
      expect(codes({ nodes: [exit], edges: [] })).toEqual(['no_entry']);
    });

    it('multiple_entries flags every entry step', () => {
      const graph = { nodes: [entry, node('entry2', 'entry.segment', { segmentId: 's' })], edges: [] };
      expect(issuesOf(graph, 'multiple_entries').map((i) => i.nodeId)).toEqual(['entry', 'entry2']);
    });

    it('edge_into_entry', () => {
      const graph = {
        nodes: [entry, node('wait', 'wait.duration', { seconds: 60 })],
        edges: [edge('e1', 'entry', 'wait'), edge('e2', 'wait', 'entry')],
      };
      expect(issuesOf(graph, 'edge_into_entry')).toMatchObject([{ edgeId: 'e2', nodeId: 'entry' }]);
    });
  });

  it('unreachable_node', () => {
    const graph = {
      nodes: [entry, exit, node('orphan', 'exit', {}, '고아')],
      edges: [edge('e1', 'entry', 'exit')],
    };
    const issues = issuesOf(graph, 'unreachable_node');
    expect(issues).toMatchObject([{ nodeId: 'orphan', severity: 'error' }]);
    expect(issues[0]!.message).toContain('"고아"');
  });

  describe('cycle_without_wait', () => {
    const cond = { condition: { attribute: 'grade', op: 'eq', value: 'VIP' } };

    it('flags a loop of instant steps', () => {
      const graph = {
        nodes: [entry, node('c', 'condition', cond), node('u', 'update', { set: { a: 1 } })],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'u', 'yes'),
          edge('e3', 'c', 'exit', 'no'),
          edge('e4', 'u', 'c'),
        ],
      };
      graph.nodes.push(exit);
      expect(
        issuesOf(graph, 'cycle_without_wait')
          .map((i) => i.nodeId)
          .sort(),
      ).toEqual(['c', 'u']);
    });

    it('flags a self-loop of an instant step', () => {
      const graph = {
        nodes: [entry, node('u', 'update', { set: { a: 1 } })],
        edges: [edge('e1', 'entry', 'u'), edge('e2', 'u', 'u')],
      };
      expect(issuesOf(graph, 'cycle_without_wait')[0]!.message).toContain('itself');
    });

    it('accepts a loop through a wait step', () => {
      const graph = {
        nodes: [entry, node('c', 'condition', cond), node('w', 'wait.duration', { seconds: 3600 }), exit],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'w', 'yes'),
          edge('e3', 'c', 'exit', 'no'),
          edge('e4', 'w', 'c'),
        ],
      };
      expect(validateJourney(graph)).toEqual({ valid: true, issues: [] });
    });
  });

  describe('handles', () => {
    it('handle_unconnected for condition yes/no, wait.event matched/timeout and split branches', () => {
      const graph = {
        nodes: [
          entry,
          node('c', 'condition', { condition: { segment: 'vip', in: true } }, '고가치 고객?'),
          node('w', 'wait.event', { event: 'purchase', timeoutSeconds: 60 }),
          node('r', 'split.random', {
            branches: [
              { id: 'a', label: 'A안', percent: 50 },
              { id: 'b', label: 'B안', percent: 50 },
            ],
          }),
          node('m', 'split.multi', {
            branches: [{ id: 'vip', label: 'VIP', condition: { segment: 'vip', in: true } }],
          }),
          exit,
        ],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'w', 'yes'),
          edge('e3', 'w', 'r', 'matched'),
          edge('e4', 'r', 'm', 'a'),
          edge('e5', 'm', 'exit', 'vip'),
        ],
      };
      const issues = issuesOf(graph, 'handle_unconnected');
      expect(issues.map((i) => i.nodeId)).toEqual(['c', 'w', 'r', 'm']);
      expect(issues[0]!.message).toBe(
        'The "no" output of "고가치 고객?" is not connected; connect it to the next step or to an Exit.',
      );
      expect(issues[2]!.message).toContain('"B안" branch');
    });

    it('leaves send failed and next optional', () => {
      const graph = { nodes: [entry, node('s', 'send', smsInfo('hi'))], edges: [edge('e1', 'entry', 's')] };
      expect(validateJourney(graph).valid).toBe(true);
      const chained = {
        nodes: [
          entry,
          node('s', 'send', smsInfo('hi')),
          node('s2', 'send', {
            channel: 'email',
            purpose: 'info',
            content: { subject: 'Hi', html: '<p>hi</p>' },
          }),
        ],
        edges: [edge('e1', 'entry', 's'), edge('e2', 's', 's2', 'failed')],
      };
      expect(validateJourney(chained).valid).toBe(true);
    });

    it('edge_unknown_handle, including edges out of an exit', () => {
      const graph = {
        nodes: [
          entry,
          node('c', 'condition', { condition: { segment: 's', in: true } }),
          exit,
          node('x2', 'exit'),
        ],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'exit', 'yes'),
          edge('e3', 'c', 'exit', 'no'),
          edge('e4', 'c', 'x2', 'maybe'),
          edge('e5', 'exit', 'x2'),
        ],
      };
      const issues = issuesOf(graph, 'edge_unknown_handle');
      expect(issues.map((i) => i.edgeId)).toEqual(['e4', 'e5']);
      expect(issues[1]!.message).toContain('ends the journey');
    });

    it('edge_unknown_node', () => {
      const graph = { nodes: [entry], edges: [edge('e1', 'entry', 'ghost'), edge('e2', 'nobody', 'entry')] };
      expect(issuesOf(graph, 'edge_unknown_node').map((i) => i.edgeId)).toEqual(['e1', 'e2']);
    });

    it('handle_multiple_edges', () => {
      const graph = {
        nodes: [entry, exit, node('x2', 'exit')],
        edges: [edge('e1', 'entry', 'exit'), edge('e2', 'entry', 'x2')],
      };
      expect(issuesOf(graph, 'handle_multiple_edges')).toMatchObject([{ edgeId: 'e2', nodeId: 'entry' }]);
    });
  });

  it('duplicate_node_id and duplicate_edge_id', () => {
    const graph = {
      nodes: [entry, exit, node('exit', 'exit')],
      edges: [edge('e1', 'entry', 'exit'), edge('e1', 'entry', 'exit')],
    };
    expect(codes(graph)).toEqual(['duplicate_node_id', 'duplicate_edge_id']);
  });

  it('unknown_node_type', () => {
    expect(codes({ nodes: [entry, node('x', 'wait.forever')], edges: [edge('e1', 'entry', 'x')] })).toEqual([
      'unknown_node_type',
    ]);
  });

  describe('invalid_settings', () => {
    it('names the node and the field', () => {
      const graph = { nodes: [node('entry', 'entry.event', { event: '' }, '가입')], edges: [] };
      expect(validateJourney(graph).issues).toEqual([
        {
          nodeId: 'entry',
          code: 'invalid_settings',
          field: 'event',
          message: '"가입": Enter an event name.',
          severity: 'error',
          // Code + params for the web's words (issue 16): the step by its name, what is wrong with which field.
          params: { step: '가입', field: 'event', problem: 'required' },
        },
      ]);
    });

    it('reports unknown fields and narrows condition errors to the intended shape', () => {
      const graph = {
        nodes: [
          entry,
          node('c', 'condition', {
            condition: { all: [{ attribute: 'grade', op: 'in', value: 'VIP' }] },
            extra: 1,
          }),
        ],
        edges: [edge('e1', 'entry', 'c')],
      };
      const messages = issuesOf(graph, 'invalid_settings').map((i) => `${i.field}|${i.message}`);
      expect(messages).toEqual([
        expect.stringContaining('condition.all[0].value|') as unknown as string,
        expect.stringContaining('Unknown field "extra"') as unknown as string,
      ]);
      expect(messages[0]).toContain('"in" needs a list of values');
    });

    it('names the field in messages that do not say it themselves', () => {
      const graph = {
        nodes: [node('entry', 'entry.event', { event: 'x', where: { segment: 's' } })],
        edges: [],
      };
      expect(issuesOf(graph, 'invalid_settings').map((i) => i.message)).toEqual([
        'The Event trigger step "entry": where.in: This field is required.',
      ]);
    });

    it('explains a condition of no known shape', () => {
      const graph = {
        nodes: [entry, node('c', 'condition', { condition: { foo: 1 } })],
        edges: [edge('e1', 'entry', 'c')],
      };
      expect(issuesOf(graph, 'invalid_settings')[0]!.message).toContain('Not a valid condition');
    });

    it('reports missing position', () => {
      const graph = { nodes: [{ id: 'entry', type: 'entry.event', settings: { event: 'x' } }], edges: [] };
      expect(codes(graph)).toEqual(['invalid_node']);
    });
  });

  it('split_percent_sum', () => {
    const split = (a: number, b: number) => ({
      nodes: [
        entry,
        node('r', 'split.random', {
          branches: [
            { id: 'a', label: 'A', percent: a },
            { id: 'b', label: 'B', percent: b },
          ],
        }),
        exit,
      ],
      edges: [edge('e1', 'entry', 'r'), edge('e2', 'r', 'exit', 'a'), edge('e3', 'r', 'exit', 'b')],
    });
    expect(codes(split(50, 50))).toEqual([]);
    expect(issuesOf(split(60, 50), 'split_percent_sum')[0]!.message).toContain('add up to 110%');
  });

  it('runs node-level semantic checks (wait.until needs a fixed date or an attribute)', () => {
    const graph = (settings: unknown) => ({
      nodes: [entry, node('w', 'wait.until', settings)],
      edges: [edge('e1', 'entry', 'w')],
    });
    expect(codes(graph({ attribute: 'contract_ends_at', offsetSeconds: -86400 }))).toEqual([]);
    expect(codes(graph({ at: '2026-12-24T10:00:00+09:00' }))).toEqual([]);
    expect(codes(graph({}))).toEqual(['wait_until_target']);
    expect(codes(graph({ at: '2026-12-24T10:00:00+09:00', attribute: 'x' }))).toEqual(['wait_until_target']);
  });

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

  it('passes the journey timezone and the clock to node checks', () => {
    const graph = {
      nodes: [node('entry', 'entry.schedule', { segmentId: 's', at: '2026-12-24T09:00' })],
      edges: [],
    };
    const now = new Date('2026-12-24T00:30:00Z');
    expect(codes(graph, { timezone: 'Asia/Seoul' }, { now })).toEqual(['schedule_in_past']);
    expect(codes(graph, { timezone: 'America/New_York' }, { now })).toEqual([]);
  });

  it('checks segments against the workspace context', () => {
    const graph = {
      nodes: [node('entry', 'entry.segment', { segmentId: 'seg_x', includeExisting: true })],
      edges: [],
    };
    expect(codes(graph, undefined, { segments: [{ id: 'seg_x' }] })).toEqual([]);
    expect(codes(graph, undefined, { segments: [{ id: 'seg_y' }] })).toEqual(['segment_not_found']);
  });

  it('invalid_journey_settings names the field', () => {
    const graph = { nodes: [entry], edges: [] };
    expect(codes(graph, { timezone: 'Asia/Seoul', reentry: { mode: 'never' } })).toEqual([]);
    const issues = validateJourney(graph, { timezone: 'Mars/Olympus' }).issues;
    expect(issues).toMatchObject([{ code: 'invalid_journey_settings', field: 'timezone' }]);
    expect(issues[0]!.message).toContain('IANA timezone');
  });
});

describe('validateJourney robustness', () => {
  // Every registered type (entry.api included): a new type is covered without listing it here.
  const types = nodeTypes;
  const garbage: unknown[] = [
    null,
    [],
    'x',
    42,
    { branches: 'x' },
    { branches: [null, { id: 5 }] },
    { condition: { all: [null] } },
    { channel: 'sms', content: null },
    { set: null },
  ];

  it.each(types)('never throws on garbage settings of %s', (type) => {
    for (const settings of garbage) {
      const graph = {
        nodes: [node('x', type, settings), entry],
        edges: [edge('e1', 'x', 'entry'), edge('e2', 'entry', 'x')],
      };
      expect(() => validateJourney(graph)).not.toThrow();
      expect(validateJourney(graph).valid).toBe(false);
    }
  });
});

describe('validateJourney cache', () => {
  it('reuses the parse of a settings object it has seen, and re-parses replaced ones', () => {
    const cache = createValidationCache();
    const settings = { event: 'signup' };
    const graph = { nodes: [node('entry', 'entry.event', settings)], edges: [] };
    expect(validateJourney(graph, undefined, {}, { cache }).valid).toBe(true);
    // In-place mutation is invisible to the cache: that is the contract (replace, don't mutate).
    settings.event = '';
    expect(validateJourney(graph, undefined, {}, { cache }).valid).toBe(true);
    expect(validateJourney(graph).valid).toBe(false);
    // A replaced settings object is parsed afresh.
    const replaced = { nodes: [node('entry', 'entry.event', { event: '' })], edges: [] };
    expect(validateJourney(replaced, undefined, {}, { cache }).valid).toBe(false);
  });

  it('does not reuse a parse across node types', () => {
    const cache = createValidationCache();
    const shared = {};
    expect(
      validateJourney(
        { nodes: [entry, node('x', 'exit', shared)], edges: [edge('e1', 'entry', 'x')] },
        undefined,
        {},
        { cache },
      ).valid,
    ).toBe(true);
    const asWait = { nodes: [entry, node('x', 'wait.duration', shared)], edges: [edge('e1', 'entry', 'x')] };
    expect(codes(asWait, undefined)).toEqual(['invalid_settings']);
    expect(validateJourney(asWait, undefined, {}, { cache }).issues.map((i) => i.code)).toEqual([
      'invalid_settings',
    ]);
  });
});
