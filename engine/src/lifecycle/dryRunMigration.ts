import type { Engine } from '../runtime/engine';
import type { Migration } from './publishVersion';

export type MigrationPreview = {
  /** Customers in the journey per current node (of any older version). */
  readonly nodes: Record<string, number>;
  readonly total: number;
  /** With `move`: how many would move, and to which new node. */
  readonly moved: number;
  readonly movedTo: Record<string, number>;
  readonly keptOnOld: number;
};

/** What publishing with this migration would do to the runs in flight, before the marketer confirms. */
export async function dryRunMigration(
  engine: Engine,
  journeyId: string,
  migration: Migration,
): Promise<MigrationPreview> {
  const rows = await engine.ports.db.query<{ current_node: string; n: number }>(
    `select current_node, count(*)::int as n from runs where journey_id = $1 and status in ('active', 'waiting', 'paused')
     group by current_node`,
    [journeyId],
  );
  const nodes: Record<string, number> = {};
  const movedTo: Record<string, number> = {};
  let total = 0;
  let moved = 0;
  for (const row of rows) {
    const n = Number(row.n);
    nodes[row.current_node] = n;
    total += n;
    const target = migration.mode === 'move' ? migration.nodeMap[row.current_node] : undefined;
    if (target) {
      moved += n;
      movedTo[target] = (movedTo[target] ?? 0) + n;
    }
  }
  return { nodes, total, moved, movedTo, keptOnOld: total - moved };
}
