import { LIMITS, limitIssueParams } from '../limits';
import { limitMessage } from './conditionBounds';
import { journeySettingsSchema } from './journeySettings';
import type { ValidationContext } from './nodeDefinition';
import { checkCycles } from './validation/checkCycles';
import { checkEdges, checkRequiredHandles } from './validation/checkEdges';
import { type IssueSink, looseGraphSchema } from './validation/checkedGraph';
import { checkNodes, type ValidationCache } from './validation/checkNodes';
import { checkEntryAndReachability } from './validation/checkReachability';
import type { ValidationResult } from './validationIssue';
import { formatFieldPath, zodIssueMessages } from './zodIssueMessages';

export { createValidationCache, type ValidationCache } from './validation/checkNodes';

/** Over a cap, the journey is still checked (every pass is linear), so the editor shows all issues. */
function checkCaps(counts: { graphNodes: number; graphEdges: number }, issues: IssueSink): void {
  for (const limit of ['graphNodes', 'graphEdges'] as const) {
    const count = counts[limit];
    if (count > LIMITS[limit]) {
      issues.push({
        code: 'limit_exceeded',
        message: `${limitMessage(limitIssueParams(limit))} (this one has ${count}).`,
        severity: 'error',
      });
    }
  }
}

function checkJourneySettings(settings: unknown, issues: IssueSink): void {
  if (settings === undefined) return;
  const result = journeySettingsSchema.safeParse(settings);
  if (result.success) return;
  for (const field of zodIssueMessages(result.error.issues)) {
    const fieldPath = formatFieldPath(field.path);
    issues.push({
      code: 'invalid_journey_settings',
      message: `Journey settings: ${fieldPath ? `${fieldPath}: ` : ''}${field.message}.`,
      severity: 'error',
      ...(fieldPath ? { field: fieldPath } : {}),
      params: { field: fieldPath, problem: field.problem ?? 'invalid' },
    });
  }
}

/**
 * Validates a journey graph and its settings (SPEC §2, §6). The same function runs in the editor and
 * on the server; `context` adds checks against the workspace's templates and segments when given.
 * Accepts unknown input: a malformed graph yields issues, never an exception. `options.cache` (see
 * `createValidationCache`) skips re-parsing settings objects seen before.
 */
export function validateJourney(
  graph: unknown,
  settings?: unknown,
  context: ValidationContext = {},
  options: { readonly cache?: ValidationCache } = {},
): ValidationResult {
  const issues: IssueSink = [];
  const base = looseGraphSchema.safeParse(graph);
  if (!base.success) {
    issues.push({
      code: 'invalid_graph',
      message: 'The journey graph is malformed: it needs a list of nodes and a list of edges.',
      severity: 'error',
    });
    return { valid: false, issues };
  }
  checkCaps({ graphNodes: base.data.nodes.length, graphEdges: base.data.edges.length }, issues);
  // Node checks read date-times without an offset in the journey's timezone.
  const journeyTimezone = (settings as { timezone?: unknown } | null | undefined)?.timezone;
  const nodeContext: ValidationContext =
    typeof journeyTimezone === 'string' ? { ...context, timezone: journeyTimezone } : context;
  const nodes = checkNodes(base.data.nodes, issues, nodeContext, options.cache);
  const checked = checkEdges(base.data.edges, nodes, issues);
  checkRequiredHandles(checked, issues);
  checkEntryAndReachability(checked, issues);
  checkCycles(checked, issues);
  checkJourneySettings(settings, issues);
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
