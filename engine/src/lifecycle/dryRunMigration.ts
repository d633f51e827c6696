import type { Engine } from '../runtime/engine';
import { effectiveNodeMap, type Migration, occupancyOf } from './publishVersion';

export type MigrationPreview = {
  /** Customers in the journey per current node (of any version but `versionId`). */
  readonly nodes: Record<string, number>;
  readonly total: number;
  /** With `move`: how many would move, and to which new node. */
  readonly moved: number;
  readonly movedTo: Record<string, number>;
  /** Customers on nodes mapped to `null`: they would exit now. */
  readonly exited: number;
  readonly keptOnOld: number;
  readonly unmappedNodes: readonly string[];
};

/**
 * What publishing with this migration would do to the runs in flight, before the marketer confirms.
 * `newNodeIds` lets unmapped nodes fall back to the same id in the new version, as publishing does.
 */
export async function dryRunMigration(
  engine: Engine,
  journeyId: string,
  migration: Migration,
  newNodeIds: ReadonlySet<string> = new Set(
    migration.mode === 'move'
      ? Object.values(migration.nodeMap).filter((id): id is string => id !== null)
      : [],
  ),
  exceptVersionId = '',
): Promise<MigrationPreview> {
  const nodes = await occupancyOf(engine.ports.db, journeyId, exceptVersionId);
  const { map, exits, unmapped } = effectiveNodeMap(migration, Object.keys(nodes), newNodeIds);
  const movedTo: Record<string, number> = {};
  let moved = 0;
  let exited = 0;
  let total = 0;
  for (const [node, n] of Object.entries(nodes)) {
    total += n;
    if (exits.includes(node)) exited += n;
    const target = map[node];
    if (target) {
      moved += n;
      movedTo[target] = (movedTo[target] ?? 0) + n;
    }
  }
  return { nodes, total, moved, movedTo, exited, keptOnOld: total - moved - exited, unmappedNodes: unmapped };
}
