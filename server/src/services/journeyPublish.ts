import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import {
  migrationNodeMap,
  type PublishMigration,
  type PublishRequest,
  type PublishResponse,
} from '@journeyflow/shared/api/journeys';
import type { ComplianceContext } from '@journeyflow/shared/compliance/checkSendCompliance';
import { openAdStepWarnings } from '@journeyflow/shared/compliance/openAdStepWarnings';
import { journeyGraphSchema } from '@journeyflow/shared/journey/graph';
import { journeySettingsSchema } from '@journeyflow/shared/journey/journeySettings';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import type { UserPrincipal } from '../auth/principal';
import {
  ComplianceWarningOpenError,
  ForbiddenError,
  InvalidTransitionError,
  JourneyInvalidError,
  NotFoundError,
  ValidationFailedError,
} from '../errors/domainErrors';
import { newId } from '../ids';
import { assertMigrationMap } from './assertMigrationMap';
import { loadJourneyView } from './journeyService';
import type { JourneyRow } from './journeyView';
import { broadcastLiveChange, type WorkflowDeps } from './journeyWorkflow';
import { loadComplianceContext } from './loadComplianceContext';
import { hasRole } from './permissions';
import { recordActorAudit } from './recordAudit';

/** Sentinel that rolls a dry-run publish back after the engine has reported. */
class DryRunRollback extends Error {
  constructor(readonly response: PublishResponse) {
    super('dry run');
  }
}

type JourneyDbRow = {
  id: string;
  workspace_id: string;
  name: string;
  graph: unknown;
  settings: unknown;
  content_hash: string;
  status: JourneyRow['status'];
  draft_status: JourneyRow['draftStatus'];
  live_version: number | null;
  live_version_id: string | null;
  created_by: string | null;
  pinned_templates: unknown;
};

/**
 * Publishes the approved draft as version N+1. Needs an approval of exactly the current content hash;
 * the journey's owner or an admin may do it. The writes and the engine's `onPublish` (migrating in-flight
 * customers) share one transaction on the raw SqlClient, so either all of it happens or none.
 * `dryRun` runs the same steps, reports, and rolls back.
 */
export const publishJourney = async (
  deps: WorkflowDeps,
  actor: UserPrincipal,
  id: string,
  request: PublishRequest,
): Promise<PublishResponse> => {
  const now = deps.now();
  const migration: PublishMigration = request.migration ?? { mode: 'keep_on_old' };
  if (migration.mode === 'keep_on_old' && Object.keys(migrationNodeMap(migration)).length > 0) {
    throw new ValidationFailedError('nodeMap only applies to migration mode `move`');
  }
  let response: PublishResponse;
  const compliance = await loadComplianceContext(deps.db.sql, actor.workspaceId);
  try {
    response = await deps.db.sql.transaction(async (tx) => {
      const [row] = await tx.query<JourneyDbRow>(
        `select id, workspace_id, name, graph, settings, content_hash, status, draft_status, live_version,
                live_version_id, created_by, pinned_templates
           from journeys where id = $1 and workspace_id = $2 for update`,
        [id, actor.workspaceId],
      );
      if (!row) throw new NotFoundError('Journey');
      if (row.created_by !== actor.userId && !hasRole(actor, 'admin')) {
        throw new ForbiddenError('Only the journey owner or an admin can publish it');
      }
      if (row.status === 'archived' || row.draft_status !== 'approved') {
        throw new InvalidTransitionError(
          'publish',
          row.status === 'archived' ? 'archived' : row.draft_status,
        );
      }
      const [approval] = await tx.query<{ id: string }>(
        `select id from approvals where journey_id = $1 and state = 'approved' and content_hash = $2
          order by decided_at desc limit 1`,
        [id, row.content_hash],
      );
      if (!approval) {
        throw new InvalidTransitionError(
          'publish',
          row.draft_status,
          'No approval covers the current content',
        );
      }
      const { graph, settings } = strictContent(row.graph, row.settings, compliance);
      await assertMigrationMap(tx, id, migration, graph);
      const [next] = await tx.query<{ version: number }>(
        'select coalesce(max(version), 0) + 1 as version from journey_versions where journey_id = $1',
        [id],
      );
      const version = Number(next?.version ?? 1);
      const versionId = newId('jver');
      await tx.query(
        `insert into journey_versions (id, workspace_id, journey_id, version, name, graph, settings, content_hash,
                                       approval_id, comment, migration, published_by, published_at, pinned_templates)
         values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11::jsonb, $12, $13, $14::jsonb)`,
        [
          versionId,
          actor.workspaceId,
          id,
          version,
          row.name,
          graph,
          settings,
          row.content_hash,
          approval.id,
          request.comment?.trim() || null,
          migration,
          actor.userId,
          now,
          row.pinned_templates ?? null,
        ],
      );
      await tx.query(`update approvals set state = 'published' where id = $1`, [approval.id]);
      await tx.query(
        `update journeys set status = 'live', draft_status = 'draft', live_version = $2, live_version_id = $3,
                updated_at = $4 where id = $1`,
        [id, version, versionId, now],
      );
      await recordActorAudit(tx, actor, {
        action: 'published',
        entityType: 'journey',
        entityId: id,
        beforeHash: await previousHash(tx, row.live_version_id),
        afterHash: row.content_hash,
        details: {
          version,
          versionId,
          migration,
          previousVersion: row.live_version,
          ...(request.comment?.trim() ? { comment: request.comment.trim() } : {}),
        },
        at: now,
      });
      const outcome = await deps.onPublish(
        {
          dryRun: request.dryRun === true,
          workspaceId: actor.workspaceId,
          journeyId: id,
          versionId,
          version,
          previousVersionId: row.live_version_id,
          migration,
        },
        tx,
      );
      const result: PublishResponse = {
        dryRun: request.dryRun === true,
        occupancy: { ...(outcome?.occupancy ?? {}) },
        ...(outcome?.moved === undefined ? {} : { moved: outcome.moved }),
        ...(outcome?.exited === undefined ? {} : { exited: outcome.exited }),
        ...(outcome?.unmappedNodes === undefined ? {} : { unmappedNodes: [...outcome.unmappedNodes] }),
      };
      if (request.dryRun) throw new DryRunRollback(result);
      return { ...result, version };
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.response;
    throw error;
  }
  await broadcastLiveChange(deps.db, { workspaceId: actor.workspaceId, journeyId: id });
  return { ...response, journey: await loadJourneyView(deps.db.orm, actor, id) };
};

const previousHash = async (tx: SqlClient, liveVersionId: string | null): Promise<string | null> => {
  if (!liveVersionId) return null;
  const [row] = await tx.query<{ content_hash: string }>(
    'select content_hash from journey_versions where id = $1',
    [liveVersionId],
  );
  return row?.content_hash ?? null;
};

/** A version must have the strict shape the engine runs (drafts may hold unfinished settings). */
const strictContent = (graph: unknown, settings: unknown, compliance: ComplianceContext) => {
  const validation = validateJourney(graph, settings, compliance);
  if (validation.issues.some((issue) => issue.severity === 'error'))
    throw new JourneyInvalidError(validation.issues);
  const parsedGraph = journeyGraphSchema.safeParse(graph);
  const parsedSettings = journeySettingsSchema.safeParse(settings);
  if (!parsedGraph.success || !parsedSettings.success) {
    throw new ValidationFailedError('The journey does not have the shape a published version needs', {
      graph: parsedGraph.success ? undefined : parsedGraph.error.issues,
      settings: parsedSettings.success ? undefined : parsedSettings.error.issues,
    });
  }
  // Issue 16: an ad step's compliance warnings are not left for customers to find.
  const warnings = openAdStepWarnings(parsedGraph.data, compliance);
  if (warnings.length > 0) throw new ComplianceWarningOpenError(warnings);
  return { graph: parsedGraph.data, settings: parsedSettings.data };
};
