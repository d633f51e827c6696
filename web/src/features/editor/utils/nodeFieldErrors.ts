import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeDefinition } from '@journeyflow/shared/journey/nodeDefinition';
import { nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';
import { zodIssueMessages } from '@journeyflow/shared/journey/zodIssueMessages';

/** `a[1].b` (shared's field paths) and ['a', 1, 'b'] both become `a.1.b`, the inspector's key format. */
export function fieldKey(path: string | readonly (string | number)[]): string {
  return typeof path === 'string' ? path.replace(/\[(\d+)\]/g, '.$1') : path.join('.');
}

/**
 * Field-level messages of one node's settings, keyed by dotted path: schema errors first (the shared
 * schema's own messages), then the node type's semantic checks when the settings parse.
 */
export function nodeFieldErrors(node: DraftJourneyNode): Map<string, string> {
  const definition = nodeRegistry[node.type] as NodeDefinition;
  const errors = new Map<string, string>();
  const parsed = definition.settingsSchema.safeParse(node.settings);
  if (!parsed.success) {
    for (const { path, message } of zodIssueMessages(parsed.error.issues)) {
      const key = fieldKey(path);
      if (!errors.has(key)) errors.set(key, message);
    }
    return errors;
  }
  for (const issue of definition.validate?.(parsed.data, {}) ?? []) {
    if (issue.severity !== 'error' && issue.severity !== 'warning') continue;
    const key = fieldKey(issue.path ?? []);
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
}
