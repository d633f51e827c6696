import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeDefinition } from '@journeyflow/shared/journey/nodeDefinition';
import { nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';
import { zodIssueMessages } from '@journeyflow/shared/journey/zodIssueMessages';
import { collectFieldErrors } from '../../../api/fieldErrors';

/**
 * Field-level messages of one node's settings, keyed by dotted path: schema errors first (the shared
 * schema's own messages), then the node type's semantic checks when the settings parse.
 */
export function nodeFieldErrors(node: DraftJourneyNode): Map<string, string> {
  const definition = nodeRegistry[node.type] as NodeDefinition;
  const parsed = definition.settingsSchema.safeParse(node.settings);
  if (!parsed.success) return collectFieldErrors(zodIssueMessages(parsed.error.issues));
  return collectFieldErrors(
    (definition.validate?.(parsed.data, {}) ?? [])
      .filter((issue) => issue.severity === 'error' || issue.severity === 'warning')
      .map((issue) => ({ path: issue.path ?? [], message: issue.message })),
  );
}
