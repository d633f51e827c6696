import type { JourneyDiffQuery, JourneyDiffResponse } from '@journeyflow/shared/api/journeys';
import { diffJourney } from '@journeyflow/shared/journey/diffJourney';
import { and, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { journeys } from '../db/schema/journeys';
import { journeyVersions } from '../db/schema/journeyVersions';
import { NotFoundError } from '../errors/domainErrors';

type Side = { readonly label: number | 'draft' | null; readonly graph: unknown; readonly settings: unknown };

const EMPTY: Omit<Side, 'label'> = { graph: { nodes: [], edges: [] }, settings: {} };

/**
 * `GET /api/journeys/:id/diff?from=&to=`: each side is a version number, `live` (the running version;
 * nothing yet → an empty journey) or `draft`. Defaults compare live → draft, what a reviewer needs.
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
    if (ref === 'draft') return { label: 'draft', graph: journey.graph, settings: journey.settings };
    const number = ref === 'live' ? journey.liveVersion : ref;
    if (number === null) return { label: null, ...EMPTY };
    const [version] = await orm
      .select({ graph: journeyVersions.graph, settings: journeyVersions.settings })
      .from(journeyVersions)
      .where(and(eq(journeyVersions.journeyId, id), eq(journeyVersions.version, number)));
    if (!version) throw new NotFoundError(`Version ${number}`);
    return { label: number, graph: version.graph, settings: version.settings };
  };

  const from = await resolve(query.from ?? 'live');
  const to = await resolve(query.to ?? 'draft');
  if (to.label === null) throw new NotFoundError('Live version');
  return {
    from: from.label,
    to: to.label,
    diff: diffJourney(from, to),
  };
};
