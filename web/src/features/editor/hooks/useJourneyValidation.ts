import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import type { JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import type { ValidationIssue } from '@journeyflow/shared/journey/validationIssue';
import { useDeferredValue, useMemo } from 'react';
import type { NodeIssueCounts } from './useFlowNodes';

export type JourneyValidation = {
  readonly issues: readonly ValidationIssue[];
  readonly byNode: ReadonlyMap<string, NodeIssueCounts>;
  readonly errorCount: number;
  readonly warningCount: number;
};

/** Summarises `validateJourney` issues per node for badges and outlines. */
export function summarizeIssues(issues: readonly ValidationIssue[]): JourneyValidation {
  const byNode = new Map<string, { errors: number; warnings: number }>();
  let errorCount = 0;
  let warningCount = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errorCount++;
    else warningCount++;
    if (!issue.nodeId) continue;
    const counts = byNode.get(issue.nodeId) ?? { errors: 0, warnings: 0 };
    if (issue.severity === 'error') counts.errors++;
    else counts.warnings++;
    byNode.set(issue.nodeId, counts);
  }
  return { issues, byNode, errorCount, warningCount };
}

/**
 * Live validation with the same function the server runs. Deferred, so typing in the inspector never
 * waits for a 300-node validation pass.
 */
export function useJourneyValidation(graph: DraftJourneyGraph, settings: JourneySettings): JourneyValidation {
  const deferredGraph = useDeferredValue(graph);
  const deferredSettings = useDeferredValue(settings);
  return useMemo(
    () => summarizeIssues(validateJourney(deferredGraph, deferredSettings).issues),
    [deferredGraph, deferredSettings],
  );
}
