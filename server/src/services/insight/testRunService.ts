import { simulateRun, UnknownCustomerError } from '@journeyflow/engine/simulate/simulateRun';
import type { TestRunRequest, TestRunResponse } from '@journeyflow/shared/api/testRun';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import { and, eq } from 'drizzle-orm';
import { toMessage } from '../../channels/messageService';
import { journeys } from '../../db/schema/journeys';
import { NotFoundError, ValidationFailedError } from '../../errors/domainErrors';
import type { ServerDeps } from '../../serverDeps';
import { loadComplianceContext } from '../loadComplianceContext';

/**
 * `POST /api/journeys/:id/test`: the current draft, one customer, a simulated clock. The engine runs it in
 * a rolled-back sandbox, so nothing is sent or stored; messages come back rendered as the customer sees them.
 */
export const runJourneyTest = async (
  deps: ServerDeps,
  workspaceId: string,
  journeyId: string,
  request: TestRunRequest,
): Promise<TestRunResponse> => {
  const [row] = await deps.db.orm
    .select({ graph: journeys.graph, settings: journeys.settings })
    .from(journeys)
    .where(and(eq(journeys.id, journeyId), eq(journeys.workspaceId, workspaceId)));
  if (!row) throw new NotFoundError('Journey');
  const validation = validateJourney(
    row.graph,
    row.settings,
    await loadComplianceContext(deps.db.sql, workspaceId),
  );
  const errors = validation.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0)
    throw new ValidationFailedError('Fix the draft before testing it', { issues: errors });
  try {
    const result = await simulateRun(
      { db: deps.db.sql, logger: deps.logger, ids: deps.engine.ports.ids, options: deps.engine.options },
      {
        workspaceId,
        journeyId,
        graph: row.graph,
        settings: row.settings,
        externalId: request.externalId,
        customer: request.customer,
        events: request.events,
        horizonSeconds: request.horizonSeconds,
        start: deps.engine.ports.clock.now(),
      },
    );
    return { trace: result.trace, messages: result.outbox.map(toMessage) };
  } catch (error) {
    if (error instanceof UnknownCustomerError) throw new NotFoundError('Customer');
    throw error;
  }
};
