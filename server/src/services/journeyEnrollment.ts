import { enrollCustomers } from '@journeyflow/engine/enroll/enrollCustomers';
import type { EnrollRequestBody, EnrollResponse } from '@journeyflow/shared/api/enroll';
import { and, eq } from 'drizzle-orm';
import { journeys } from '../db/schema';
import { ConflictError, NotFoundError } from '../errors/domainErrors';
import type { ServerDeps } from '../serverDeps';

/**
 * `POST /api/journeys/:id/enroll` (SPEC §7a): another system puts customers into a live journey whose
 * entry is `entry.api`. A journey of another workspace is 404; one that is not live, or whose entry is
 * another type, is 409 `conflict` with `details.reason` (`journey_not_live` / `entry_not_api` /
 * `idempotency_key_reused`). Unknown customers are created, as `POST /api/events` does.
 */
export const enrollInJourney = async (
  deps: ServerDeps,
  workspaceId: string,
  journeyId: string,
  body: EnrollRequestBody,
): Promise<EnrollResponse> => {
  const [journey] = await deps.db.orm
    .select({ status: journeys.status })
    .from(journeys)
    .where(and(eq(journeys.id, journeyId), eq(journeys.workspaceId, workspaceId)));
  if (!journey) throw new NotFoundError('Journey');
  const notLive = () =>
    new ConflictError(`The journey is ${journey.status}; only a live journey takes enrolments`, {
      reason: 'journey_not_live',
      status: journey.status,
    });
  if (journey.status !== 'live') throw notLive();
  const customers =
    'customers' in body ? body.customers : [{ externalId: body.externalId, properties: body.properties }];
  const outcome = await enrollCustomers(deps.engine, {
    workspaceId,
    journeyId,
    customers,
    idempotencyKey: body.idempotencyKey,
  });
  switch (outcome.kind) {
    case 'enrolled':
      return {
        replayed: outcome.replayed,
        results: outcome.results.map((r) => ({
          externalId: r.externalId,
          entered: r.entered,
          ...(r.reason ? { reason: r.reason } : {}),
        })),
      };
    case 'not_live':
      throw notLive();
    case 'not_api_entry':
      throw new ConflictError(
        `The journey starts with ${outcome.entryType}; only a journey starting with entry.api takes enrolments`,
        { reason: 'entry_not_api', entryType: outcome.entryType },
      );
    case 'key_reused':
      throw new ConflictError('This idempotencyKey was used before with a different request', {
        reason: 'idempotency_key_reused',
      });
  }
};
