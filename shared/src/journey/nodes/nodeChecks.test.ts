import { describe, expect, it } from 'vitest';
import { entryBehaviorNode } from './entryBehavior';
import { entryGradeNode } from './entryGrade';
import { entryScheduleNode } from './entrySchedule';
import { sendNode } from './send';
import { splitMultiNode } from './splitMulti';
import { splitRandomNode } from './splitRandom';
import { updateNode } from './update';
import { waitTimeOfDayNode } from './waitTimeOfDay';
import { waitUntilNode } from './waitUntil';

const codes = (issues: readonly { code: string }[] | undefined) => (issues ?? []).map((issue) => issue.code);

describe('node settings checks', () => {
  it('entry.schedule: exactly one of at/cron, and an audience', () => {
    const check = (settings: object) =>
      codes(entryScheduleNode.validate?.(entryScheduleNode.settingsSchema.parse(settings), {}));
    expect(check({ segmentId: 's', cron: '0 9 * * *' })).toEqual([]);
    expect(
      check({ condition: { attribute: 'birthday', op: 'anniversary' }, at: '2026-12-24T09:00:00+09:00' }),
    ).toEqual([]);
    expect(check({ segmentId: 's' })).toEqual(['schedule_at_or_cron']);
    expect(check({ segmentId: 's', cron: '0 9 * * *', at: '2026-12-24T09:00:00+09:00' })).toEqual([
      'schedule_at_or_cron',
    ]);
    expect(check({ cron: '0 9 * * *' })).toEqual(['schedule_audience_missing']);
    expect(
      codes(
        entryScheduleNode.validate?.(
          { segmentId: 'gone', cron: '0 9 * * *' },
          { segments: [{ id: 'here' }] },
        ),
      ),
    ).toEqual(['segment_not_found']);
  });

  it('entry.schedule: rejects malformed cron expressions', () => {
    expect(entryScheduleNode.settingsSchema.safeParse({ segmentId: 's', cron: '0 9 * *' }).success).toBe(
      false,
    );
    expect(entryScheduleNode.settingsSchema.safeParse({ segmentId: 's', cron: '61 9 * * *' }).success).toBe(
      false,
    );
    expect(
      entryScheduleNode.settingsSchema.safeParse({ segmentId: 's', cron: '*/15 9-18 * * 1-5' }).success,
    ).toBe(true);
  });

  it('entry.grade: warns when a grade is both from and to', () => {
    expect(codes(entryGradeNode.validate?.({ from: ['VIP'], to: ['VIP'] }, {}))).toEqual([
      'grade_from_to_overlap',
    ]);
    expect(codes(entryGradeNode.validate?.({ from: ['Gold'], to: ['VIP'] }, {}))).toEqual([]);
    expect(entryGradeNode.settingsSchema.safeParse({ to: [] }).success).toBe(false);
  });

  it('entry.behavior: the without-event cannot be the counted event', () => {
    const settings = { event: 'search', minCount: 3, withinSeconds: 86_400 };
    expect(codes(entryBehaviorNode.validate?.({ ...settings, withoutEvent: 'search' }, {}))).toEqual([
      'behavior_without_same_event',
    ]);
    expect(codes(entryBehaviorNode.validate?.({ ...settings, withoutEvent: 'purchase' }, {}))).toEqual([]);
    expect(entryBehaviorNode.settingsSchema.safeParse({ ...settings, minCount: 0 }).success).toBe(false);
  });

  it('wait.until: warns that an offset is ignored with a fixed date', () => {
    expect(codes(waitUntilNode.validate?.({ at: '2026-12-24T10:00', offsetSeconds: 60 }, {}))).toEqual([
      'wait_until_offset_ignored',
    ]);
  });

  it('wait.time_of_day: HH:MM and known weekdays only', () => {
    expect(waitTimeOfDayNode.settingsSchema.safeParse({ time: '9:00' }).success).toBe(false);
    expect(waitTimeOfDayNode.settingsSchema.safeParse({ time: '24:00' }).success).toBe(false);
    expect(waitTimeOfDayNode.settingsSchema.safeParse({ time: '09:00', days: ['mon', 'fri'] }).success).toBe(
      true,
    );
    expect(waitTimeOfDayNode.settingsSchema.safeParse({ time: '09:00', days: ['monday'] }).success).toBe(
      false,
    );
  });

  it('split.multi: "else" is reserved and branch ids are unique', () => {
    const cond = { segment: 's', in: true };
    expect(
      splitMultiNode.settingsSchema.safeParse({ branches: [{ id: 'else', label: '', condition: cond }] })
        .success,
    ).toBe(false);
    const settings = {
      branches: [
        { id: 'a', label: 'A', condition: cond },
        { id: 'a', label: 'A2', condition: cond },
      ],
    };
    expect(codes(splitMultiNode.validate?.(settings, {}))).toEqual(['duplicate_branch_id']);
  });

  it('split.random: percentages add up to 100, with float tolerance', () => {
    const branches = (...percents: number[]) => ({
      branches: percents.map((percent, i) => ({ id: `b${i}`, label: `B${i}`, percent })),
    });
    expect(codes(splitRandomNode.validate?.(branches(33.3, 33.3, 33.4), {}))).toEqual([]);
    expect(codes(splitRandomNode.validate?.(branches(50, 40), {}))).toEqual(['split_percent_sum']);
    expect(splitRandomNode.settingsSchema.safeParse(branches(100)).success).toBe(false);
    expect(splitRandomNode.outputHandles(branches(50, 50))).toEqual(['b0', 'b1']);
  });

  it('update: warns when nothing is set', () => {
    expect(codes(updateNode.validate?.({ set: {} }, {}))).toEqual(['update_nothing']);
    expect(
      codes(updateNode.validate?.({ set: { vip_since: "{{ 'now' | date: '%Y-%m-%d' }}" } }, {})),
    ).toEqual([]);
    expect(updateNode.settingsSchema.safeParse({ set: { nested: { a: 1 } } }).success).toBe(false);
  });

  it('send: template purpose must not turn an ad into information', () => {
    const templates = [{ id: 't', channel: 'sms' as const, purpose: 'ad' as const }];
    const issues = sendNode.validate?.({ channel: 'sms', purpose: 'info', templateId: 't' }, { templates });
    expect(issues).toMatchObject([{ code: 'template_purpose_mismatch', severity: 'error' }]);
  });

  it('send: an SMS cannot fall back to SMS', () => {
    const issues = sendNode.validate?.(
      {
        channel: 'sms',
        purpose: 'info',
        content: { text: 'a' },
        fallback: { channel: 'sms', content: { text: 'b' } },
      },
      {},
    );
    expect(codes(issues)).toEqual(['fallback_same_channel']);
  });

  it('send: AlimTalk allows at most 5 buttons', () => {
    const buttons = Array.from({ length: 6 }, (_, i) => ({ name: `버튼${i}` }));
    const result = sendNode.settingsSchema.safeParse({
      channel: 'alimtalk',
      purpose: 'info',
      content: { templateCode: 'T', variables: {}, buttons },
    });
    expect(result.success).toBe(false);
  });

  it('send: AlimTalk content is checked against the registered template', () => {
    const alimtalkTemplates = [
      { code: 'GRADE_UP_01', name: '등급 상승', body: '#{name}님, #{grade} 등급이 되셨어요.' },
    ];
    const send = (templateCode: string, variables: Record<string, string>) =>
      codes(
        sendNode.validate?.(
          { channel: 'alimtalk', purpose: 'info', content: { templateCode, variables } },
          { alimtalkTemplates },
        ),
      );
    expect(send('GRADE_UP_01', { name: '{{ customer.name }}', grade: 'VIP' })).toEqual([]);
    expect(send('NOPE', {})).toEqual(['alimtalk_template_not_found']);
    expect(send('GRADE_UP_01', { name: 'x' })).toEqual(['alimtalk_variable_missing']);
    expect(send('GRADE_UP_01', { name: 'x', grade: 'y', extra: 'z' })).toEqual(['alimtalk_variable_unused']);
    // Without the workspace's templates nothing is checked.
    expect(
      codes(
        sendNode.validate?.(
          { channel: 'alimtalk', purpose: 'info', content: { templateCode: 'NOPE', variables: {} } },
          {},
        ),
      ),
    ).toEqual([]);
  });

  it('warns about dates that have passed, read in the journey timezone, when the time is known', () => {
    const now = new Date('2026-12-24T00:30:00Z'); // 09:30 in Seoul
    const schedule = (at: string, timezone?: string) =>
      codes(entryScheduleNode.validate?.({ segmentId: 's', at }, { now, ...(timezone ? { timezone } : {}) }));
    expect(schedule('2026-12-24T09:00', 'Asia/Seoul')).toEqual(['schedule_in_past']);
    expect(schedule('2026-12-24T10:00', 'Asia/Seoul')).toEqual([]);
    // Without a timezone, local times are read as UTC: 09:00 UTC is still ahead.
    expect(schedule('2026-12-24T09:00')).toEqual([]);
    expect(codes(entryScheduleNode.validate?.({ segmentId: 's', at: '2020-01-01T00:00:00Z' }, {}))).toEqual(
      [],
    );
    expect(codes(waitUntilNode.validate?.({ at: '2026-12-23T10:00:00+09:00' }, { now }))).toEqual([
      'wait_until_in_past',
    ]);
  });
});
