import { z } from 'zod';
import { positionSchema } from '../graph';
import type { NodeDefinition, ValidationContext } from '../nodeDefinition';
import { isNodeType, nodeRegistry } from '../nodeRegistry';
import { formatFieldPath, zodIssueMessages } from '../zodIssueMessages';
import { type CheckedNode, capitalize, type IssueSink, nodeName, stepParam } from './checkedGraph';

const looseNodeSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  position: z.unknown().optional(),
  label: z.string().optional(),
  settings: z.unknown().optional(),
});

type SettingsParse = ReturnType<z.ZodType['safeParse']>;

/**
 * Remembers each node's parsed settings by object identity, for callers that replace settings objects
 * instead of changing them (the editor's immutable store): one keystroke then re-parses one node, not
 * three hundred. Never share one with code that mutates settings in place.
 */
export type ValidationCache = {
  readonly parsed: WeakMap<object, { definition: NodeDefinition; result: SettingsParse }>;
};

export function createValidationCache(): ValidationCache {
  return { parsed: new WeakMap() };
}

function parseSettings(
  definition: NodeDefinition,
  raw: unknown,
  cache: ValidationCache | undefined,
): SettingsParse {
  if (!cache || raw === null || typeof raw !== 'object') return definition.settingsSchema.safeParse(raw);
  const hit = cache.parsed.get(raw);
  if (hit && hit.definition === definition) return hit.result;
  const result = definition.settingsSchema.safeParse(raw);
  cache.parsed.set(raw, { definition, result });
  return result;
}

/** Handles of a node even when its settings are invalid, as long as the definition can read them. */
function readHandles(definition: NodeDefinition, settings: unknown): readonly string[] | undefined {
  try {
    const handles = definition.outputHandles(settings);
    return Array.isArray(handles) && handles.every((h) => typeof h === 'string') ? handles : undefined;
  } catch {
    return undefined;
  }
}

/** One node: shape, id, type, position, settings (schema, then the definition's own checks). */
function checkNode(
  raw: unknown,
  index: number,
  nodes: Map<string, CheckedNode>,
  issues: IssueSink,
  context: ValidationContext,
  cache: ValidationCache | undefined,
): void {
  const parsed = looseNodeSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    issues.push({
      ...(typeof id === 'string' && id ? { nodeId: id } : {}),
      code: 'invalid_node',
      message: `Step #${index + 1} is malformed: it needs an "id" and a "type".`,
      severity: 'error',
    });
    return;
  }
  const { id, type, label, position } = parsed.data;
  if (nodes.has(id)) {
    issues.push({
      nodeId: id,
      code: 'duplicate_node_id',
      message: `Two steps share the id "${id}"; every step needs its own id.`,
      severity: 'error',
    });
    return;
  }
  if (!isNodeType(type)) {
    nodes.set(id, { id, type, ...(label !== undefined ? { label } : {}) });
    issues.push({
      nodeId: id,
      code: 'unknown_node_type',
      message: `The step "${id}" has the unknown type "${type}".`,
      severity: 'error',
    });
    return;
  }
  const definition = nodeRegistry[type] as unknown as NodeDefinition;
  const node: CheckedNode = { id, type, definition, ...(label !== undefined ? { label } : {}) };
  if (!positionSchema.safeParse(position).success) {
    issues.push({
      nodeId: id,
      code: 'invalid_node',
      message: `${capitalize(nodeName(node))} has no position on the canvas.`,
      severity: 'error',
    });
  }
  const result = parseSettings(definition, parsed.data.settings ?? {}, cache);
  if (!result.success) {
    for (const field of zodIssueMessages(result.error.issues)) {
      const fieldPath = formatFieldPath(field.path);
      issues.push({
        nodeId: id,
        code: 'invalid_settings',
        message: `${capitalize(nodeName(node))}: ${field.generic && fieldPath ? `${fieldPath}: ` : ''}${field.message}.`,
        severity: 'error',
        ...(fieldPath ? { field: fieldPath } : {}),
        params: { step: stepParam(node), field: fieldPath, problem: field.problem ?? 'invalid' },
      });
    }
    const handles = readHandles(definition, parsed.data.settings ?? {});
    nodes.set(id, { ...node, ...(handles ? { handles } : {}) });
    return;
  }
  const checked: CheckedNode = {
    ...node,
    settings: result.data,
    handles: definition.outputHandles(result.data),
  };
  nodes.set(id, checked);
  for (const issue of definition.validate?.(result.data, context) ?? []) {
    const fieldPath = issue.path ? formatFieldPath(issue.path) : '';
    issues.push({
      nodeId: id,
      code: issue.code,
      message: `${capitalize(nodeName(checked))}: ${issue.message}`,
      severity: issue.severity,
      ...(fieldPath ? { field: fieldPath } : {}),
      ...(issue.params ? { params: { ...issue.params } } : {}),
    });
  }
}

/** Every node; returns what could be read of each, by id. */
export function checkNodes(
  rawNodes: readonly unknown[],
  issues: IssueSink,
  context: ValidationContext,
  cache: ValidationCache | undefined,
): Map<string, CheckedNode> {
  const nodes = new Map<string, CheckedNode>();
  rawNodes.forEach((raw, index) => {
    checkNode(raw, index, nodes, issues, context, cache);
  });
  return nodes;
}
