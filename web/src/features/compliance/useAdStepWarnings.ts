import { type AdStepWarning, openAdStepWarnings } from '@journeyflow/shared/compliance/openAdStepWarnings';
import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { useMemo } from 'react';
import { useComplianceContext } from './useComplianceContext';

/**
 * The ad steps' open compliance warnings, by the same shared rule the server's publish path enforces;
 * empty until the workspace's templates and identity have loaded.
 */
export function useAdStepWarnings(
  graph: Pick<DraftJourneyGraph, 'nodes'> | undefined,
): readonly AdStepWarning[] {
  const compliance = useComplianceContext();
  return useMemo(() => (graph ? openAdStepWarnings(graph, compliance) : []), [graph, compliance]);
}
