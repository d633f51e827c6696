import {
  type PinnedTemplates,
  referencedAlimtalkCodes,
  referencedTemplateIds,
} from '@journeyflow/shared/journey/pinnedTemplates';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database';
import { alimtalkTemplates, templates } from '../db/schema/channels';
import { ValidationFailedError } from '../errors/domainErrors';

type GraphLike = Parameters<typeof referencedTemplateIds>[0];

/**
 * The current versions of the templates (and AlimTalk registrations) a journey sends, to pin at submit.
 * A send step naming a template that does not exist refuses the submit (422), so nothing unreviewed can
 * fill the gap later.
 */
export const loadPinnedTemplates = async (
  exec: Executor,
  workspaceId: string,
  graph: GraphLike,
  options: { readonly strict?: boolean } = {},
): Promise<PinnedTemplates> => {
  const ids = referencedTemplateIds(graph);
  const rows =
    ids.length === 0
      ? []
      : await exec
          .select()
          .from(templates)
          .where(and(eq(templates.workspaceId, workspaceId), inArray(templates.id, ids)));
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (options.strict && missing.length > 0) {
    throw new ValidationFailedError('A send step uses a template that does not exist', {
      code: 'template_missing',
      templateIds: missing,
    });
  }
  const pinned: PinnedTemplates = { templates: {}, alimtalk: {} };
  for (const row of rows) {
    pinned.templates[row.id] = {
      version: row.version,
      name: row.name,
      channel: row.channel,
      purpose: row.purpose,
      content: row.content as Record<string, unknown>,
    };
  }
  const codes = referencedAlimtalkCodes(graph, pinned.templates);
  if (codes.length > 0) {
    const registered = await exec
      .select()
      .from(alimtalkTemplates)
      .where(and(eq(alimtalkTemplates.workspaceId, workspaceId), inArray(alimtalkTemplates.code, codes)));
    for (const row of registered) pinned.alimtalk[row.code] = { body: row.body, buttons: row.buttons };
  }
  return pinned;
};
