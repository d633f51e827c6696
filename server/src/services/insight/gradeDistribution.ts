import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { GradeDistribution } from '@journeyflow/shared/api/gradeDistribution';

const none = '(none)';
const dayMs = 86_400_000;

/**
 * Customers per grade at the end of each of the last `days` days: today's counts from `customers`, then
 * walking `grade_history` backwards (undoing each change) to each earlier day's end. Erased customers
 * are not in today's counts, so they never reappear in the past either.
 */
export async function gradeDistribution(
  sql: SqlClient,
  workspaceId: string,
  options: { days: number; now: Date; timeZone: string },
): Promise<GradeDistribution> {
  const current = await sql.query<{ grade: string | null; n: number }>(
    'select grade, count(*)::int as n from customers where workspace_id = $1 group by grade',
    [workspaceId],
  );
  const tiers = await sql.query<{ name: string }>(
    'select name from grade_tiers where workspace_id = $1 order by position',
    [workspaceId],
  );
  const since = new Date(options.now.getTime() - options.days * dayMs);
  const changes = await sql.query<{
    from_grade: string | null;
    to_grade: string | null;
    changed_at: Date | string;
  }>(
    `select h.from_grade, h.to_grade, h.changed_at from grade_history h
      join customers c on c.id = h.customer_id and c.workspace_id = h.workspace_id
      where h.workspace_id = $1 and h.changed_at > $2::timestamptz order by h.changed_at desc`,
    [workspaceId, since.toISOString()],
  );
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const counts: Record<string, number> = {};
  for (const tier of tiers) counts[tier.name] = 0;
  for (const row of current) counts[row.grade ?? none] = Number(row.n);
  const out: { day: string; counts: Record<string, number> }[] = [];
  let next = 0;
  for (let i = 0; i < options.days; i++) {
    const dayEnd = new Date(options.now.getTime() - i * dayMs);
    const day = format.format(dayEnd);
    // Undo the changes made after this day's end (they happened on later days).
    if (i > 0) {
      while (next < changes.length && format.format(new Date(changes[next]?.changed_at as string)) > day) {
        const change = changes[next];
        next += 1;
        if (!change) continue;
        const to = change.to_grade ?? none;
        const from = change.from_grade ?? none;
        counts[to] = (counts[to] ?? 0) - 1;
        counts[from] = (counts[from] ?? 0) + 1;
      }
    }
    out.unshift({ day, counts: { ...counts } });
  }
  const grades = [...tiers.map((t) => t.name)];
  for (const key of Object.keys(counts)) if (!grades.includes(key)) grades.push(key);
  return { grades, days: out };
}
