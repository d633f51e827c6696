import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { gradeDistribution } from './gradeDistribution';

describe('grade distribution over time', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
  });
  afterAll(() => db?.dispose());

  it('walks grade history back from today, one row per day', async () => {
    const ws = 'ws_grades';
    await db.sql.query(`insert into workspaces (id, name, created_at) values ($1, 'g', now())`, [ws]);
    await db.sql.query(
      `insert into grade_tiers (workspace_id, name, position) values ($1, 'VIP', 0), ($1, 'Gold', 1), ($1, 'Bronze', 2)`,
      [ws],
    );
    // Today: a and b are VIP, c is Gold.
    await db.sql.query(
      `insert into customers (id, workspace_id, external_id, grade) values
        ('a', $1, 'a', 'VIP'), ('b', $1, 'b', 'VIP'), ('c', $1, 'c', 'Gold')`,
      [ws],
    );
    // b went Gold → VIP yesterday; a Bronze → VIP two days ago; c was graded Gold three days ago.
    await db.sql.query(
      `insert into grade_history (id, workspace_id, customer_id, from_grade, to_grade, reason, changed_at) values
        ('h1', $1, 'c', null, 'Gold', 'seed', '2026-03-07T03:00:00Z'),
        ('h2', $1, 'a', 'Bronze', 'VIP', 'purchase', '2026-03-08T03:00:00Z'),
        ('h3', $1, 'b', 'Gold', 'VIP', 'purchase', '2026-03-09T03:00:00Z')`,
      [ws],
    );
    const result = await gradeDistribution(db.sql, ws, {
      days: 5,
      now: new Date('2026-03-10T03:00:00Z'),
      timeZone: 'Asia/Seoul',
    });
    expect(result.grades.slice(0, 3)).toEqual(['VIP', 'Gold', 'Bronze']);
    expect(result.days.map((d) => d.day)).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    const at = (day: string) => result.days.find((d) => d.day === day)?.counts;
    expect(at('2026-03-10')).toMatchObject({ VIP: 2, Gold: 1 });
    expect(at('2026-03-08')).toMatchObject({ VIP: 1, Gold: 2, Bronze: 0 });
    expect(at('2026-03-07')).toMatchObject({ VIP: 0, Gold: 2, Bronze: 1 });
    expect(at('2026-03-06')).toMatchObject({ VIP: 0, Gold: 1, Bronze: 1, '(none)': 1 });
  });
});
