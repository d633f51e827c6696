import { describe, expect, it } from 'vitest';
import { defaultMigrationMap, migrationStepNames } from './migrationMap';

describe('defaultMigrationMap', () => {
  it('keeps steps that still exist and exits the customers of removed ones', () => {
    expect(
      defaultMigrationMap(['entry', 'wait_1', 'old_send'], new Set(['entry', 'wait_1', 'new_send'])),
    ).toEqual({
      entry: 'entry',
      wait_1: 'wait_1',
      old_send: null,
    });
  });
});

describe('migrationStepNames', () => {
  it('names steps by their name or kind, numbering unnamed steps of one kind, never by id', () => {
    const kinds: Record<string, string> = { 'entry.event': '이벤트 진입', 'wait.duration': '시간 대기' };
    const names = migrationStepNames(
      [
        { id: 'entry', type: 'entry.event' },
        { id: 'w1', type: 'wait.duration' },
        { id: 'w2', type: 'wait.duration' },
        { id: 'coupon', type: 'send', label: '쿠폰 발송' },
      ],
      (type) => kinds[type] ?? type,
    );
    expect([...names.values()]).toEqual(['이벤트 진입', '시간 대기 1', '시간 대기 2', '쿠폰 발송']);
  });
});
