import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { recordAudit } from './recordAudit';

export type TemplateChange = {
  readonly workspaceId: string;
  readonly actorId: string | null;
  /** `templates`: a saved template by id; `alimtalk`: a registered AlimTalk template by code. */
  readonly kind: 'templates' | 'alimtalk';
  readonly key: string;
  readonly name: string;
  readonly now: Date;
};

/** The notice a journey carries after it left review because a template it sends changed. */
export const TEMPLATE_CHANGED = 'template_changed';

/**
 * A journey in review or approved pinned the templates it sends at submit. When one of them changes, the
 * approval no longer covers what would be sent: the draft goes back to `draft` with a `template_changed`
 * notice and the open submission is void. Runs inside the template save's transaction. Returns the ids.
 */
export const returnJourneysOnTemplateChange = async (
  tx: SqlClient,
  change: TemplateChange,
): Promise<string[]> => {
  const affected = await tx.query<{ id: string; content_hash: string; draft_status: string }>(
    `select id, content_hash, draft_status from journeys
      where workspace_id = $1 and status <> 'archived' and draft_status in ('in_review', 'approved')
        and (pinned_templates -> $2::text -> $3::text) is not null
      for update`,
    [change.workspaceId, change.kind, change.key],
  );
  const notice = {
    code: TEMPLATE_CHANGED,
    params: { kind: change.kind, templateId: change.key, templateName: change.name },
  };
  for (const journey of affected) {
    await tx.query(
      `update journeys set draft_status = 'draft',
              status = case when live_version is null then 'draft' else status end,
              review_notice = $2::text::jsonb, updated_at = $3
        where id = $1`,
      [journey.id, JSON.stringify(notice), change.now.toISOString()],
    );
    await tx.query(
      `update approvals set state = 'superseded' where journey_id = $1 and state in ('pending', 'approved')`,
      [journey.id],
    );
    await recordAudit(tx, {
      workspaceId: change.workspaceId,
      actorId: change.actorId,
      action: 'returned_to_draft',
      entityType: 'journey',
      entityId: journey.id,
      beforeHash: journey.content_hash,
      afterHash: journey.content_hash,
      details: { ...notice.params, code: TEMPLATE_CHANGED, previousDraftStatus: journey.draft_status },
      at: change.now,
    });
  }
  return affected.map((journey) => journey.id);
};
