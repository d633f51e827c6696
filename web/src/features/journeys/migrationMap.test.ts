import { describe, expect, it } from 'vitest';
import { defaultMigrationMap } from './migrationMap';

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
