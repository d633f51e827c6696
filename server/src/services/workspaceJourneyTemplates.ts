import type { JourneyTemplate } from '@journeyflow/shared/api/journeyTemplates';
import { and, desc, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { journeyTemplates } from '../db/schema/journeyTemplates';
import { newId } from '../ids';
import { getJourney } from './journeyService';
import { recordActorAudit } from './recordAudit';

type TemplateRow = typeof journeyTemplates.$inferSelect;

/** A workspace's own template keeps its segment and template references: they exist in this workspace. */
const toTemplate = (row: TemplateRow): JourneyTemplate => ({
  id: row.id,
  name: row.name,
  description: row.description,
  descriptionEn: row.description,
  graph: row.graph,
  settings: row.settings,
  workspace: true,
});

export const listWorkspaceJourneyTemplates = async (
  orm: Orm,
  workspaceId: string,
): Promise<JourneyTemplate[]> =>
  (
    await orm
      .select()
      .from(journeyTemplates)
      .where(eq(journeyTemplates.workspaceId, workspaceId))
      .orderBy(desc(journeyTemplates.createdAt))
  ).map(toTemplate);

export const findWorkspaceJourneyTemplate = async (
  orm: Orm,
  workspaceId: string,
  id: string,
): Promise<JourneyTemplate | undefined> => {
  const [row] = await orm
    .select()
    .from(journeyTemplates)
    .where(and(eq(journeyTemplates.workspaceId, workspaceId), eq(journeyTemplates.id, id)));
  return row ? toTemplate(row) : undefined;
};

/** "이 여정을 템플릿으로 저장": the journey's current draft becomes a gallery entry of the workspace. */
export const saveJourneyAsTemplate = async (
  orm: Orm,
  actor: UserPrincipal,
  input: {
    readonly journeyId: string;
    readonly name?: string | undefined;
    readonly description?: string | undefined;
  },
  now: Date,
): Promise<JourneyTemplate> => {
  const journey = await getJourney(orm, actor, input.journeyId);
  const id = newId('jtp');
  return orm.transaction(async (tx) => {
    const [row] = await tx
      .insert(journeyTemplates)
      .values({
        id,
        workspaceId: actor.workspaceId,
        name: input.name ?? journey.name,
        description: input.description ?? journey.description ?? '',
        graph: journey.graph as TemplateRow['graph'],
        settings: journey.settings as TemplateRow['settings'],
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    await recordActorAudit(tx, actor, {
      action: 'saved_as_template',
      entityType: 'journey',
      entityId: journey.id,
      details: { templateId: id },
      at: now,
    });
    return toTemplate(row as TemplateRow);
  });
};
