import { describe, expect, it } from 'vitest';
import { settingsLeaves } from './settingsLeaves';

describe('settingsLeaves', () => {
  it('walks nested settings, keeps lists and conditions whole, and skips what is shown elsewhere', () => {
    const where = { all: [{ field: 'grade', op: 'eq', value: 'gold' }] };
    expect(
      settingsLeaves(
        {
          channel: 'sms',
          content: { text: '안녕하세요' },
          fallback: { channel: 'sms', content: { text: '대체' } },
          days: ['mon', 'tue'],
          where,
        },
        ['content'],
      ),
    ).toEqual([
      ['channel', 'sms'],
      ['fallback.channel', 'sms'],
      ['fallback.content.text', '대체'],
      ['days', ['mon', 'tue']],
      ['where', where],
    ]);
  });
});
