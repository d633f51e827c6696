import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { migrationNodeMap, type PublishMigration } from '@journeyflow/shared/api/journeys';
import { BadRequestError } from '../errors/domainErrors';

/**
 * A `move` map may only name steps that exist: keys are steps of a published version of this journey
 * (where customers can be), values are steps of the version being published, or `null` (exit now).
 * Anything else is a 400 `unknown_node` listing the offending ids, before anything is written.
 */
export const assertMigrationMap = async (
  tx: SqlClient,
  journeyId: string,
  migration: PublishMigration,
  newGraph: { readonly nodes: readonly { readonly id: string }[] },
): Promise<void> => {
  const map = migrationNodeMap(migration);
  if (Object.keys(map).length === 0) return;
  const rows = await tx.query<{ id: string }>(
    `select distinct n ->> 'id' as id from journey_versions v, jsonb_array_elements(v.graph -> 'nodes') n
      where v.journey_id = $1`,
    [journeyId],
  );
  const oldIds = new Set(rows.map((r) => r.id));
  const newIds = new Set(newGraph.nodes.map((n) => n.id));
  const unknownFrom = Object.keys(map).filter((id) => !oldIds.has(id));
  const unknownTo = Object.values(map).filter((id): id is string => id !== null && !newIds.has(id));
  if (unknownFrom.length > 0 || unknownTo.length > 0) {
    throw new BadRequestError('The migration map names steps that do not exist', {
      code: 'unknown_node',
      ...(unknownFrom.length > 0 ? { unknownFrom } : {}),
      ...(unknownTo.length > 0 ? { unknownTo } : {}),
    });
  }
};
