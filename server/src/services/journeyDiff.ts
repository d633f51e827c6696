import type { JourneyDiffQuery, JourneyDiffResponse } from '@journeyflow/shared/api/journeys';
import { type DiffableJourney, diffJourney } from '@journeyflow/shared/journey/diffJourney';
import { and, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { journeys } from '../db/schema/journeys';
import { journeyVersions } from '../db/schema/journeyVersions';
import { NotFoundError } from '../errors/domainErrors';
import { loadPinnedTemplates } from './pinTemplates';

type Side = { readonly label: number | 'draft'; readonly content: DiffableJourney } | null;

/**
 * `GET /api/journeys/:id/diff?from=&to=`: each side is a version number, `live` (the running version)
 * or `draft`. Defaults compare live → draft, what a reviewer needs; before the first publish `from` is
 * empty (`null`), so the whole draft shows as added.
 */
export const diffJourneyVersions = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  query: JourneyDiffQuery,
): Promise<JourneyDiffResponse> => {
  const [journey] = await orm
    .select()
    .from(journeys)
    .where(and(eq(journeys.id, id), eq(journeys.workspaceId, actor.workspaceId)));
  if (!journey) throw new NotFoundError('Journey');

  const resolve = async (ref: number | 'draft' | 'live'): Promise<Side> => {
    if (ref === 'draft') {
      // Until the next submit pins them, the draft would send the templates as they are now.
      const pinned =
        journey.pinnedTemplates ?? (await loadPinnedTemplates(orm, actor.workspaceId, journey.graph));
      return { label: 'draft', content: { graph: journey.graph, settings: journey.settings, pinned } };
    }
    const number = ref === 'live' ? journey.liveVersion : ref;
    if (number === null) return null;
    const [version] = await orm
      .select({
        graph: journeyVersions.graph,
        settings: journeyVersions.settings,
        pinned: journeyVersions.pinnedTemplates,
      })
      .from(journeyVersions)
      .where(and(eq(journeyVersions.journeyId, id), eq(journeyVersions.version, number)));
    if (!version) throw new NotFoundError(`Version ${number}`);
    return { label: number, content: version };
  };

  const from = await resolve(query.from ?? 'live');
  const to = await resolve(query.to ?? 'draft');
  if (!to) throw new NotFoundError('Live version');
  return { from: from?.label ?? null, to: to.label, diff: diffJourney(from?.content ?? null, to.content) };
};
