import { z } from 'zod';
import { LIMITS, limitIssueParams } from '../limits';
import { limitMessage } from './conditionBounds';
import { positionSchema } from './graph';
import { journeySettingsSchema } from './journeySettings';
import type { NodeDefinition, ValidationContext } from './nodeDefinition';
import { isNodeType, nodeRegistry } from './nodeRegistry';
import { stronglyConnected } from './stronglyConnected';
import type { ValidationIssue, ValidationResult } from './validationIssue';
import { formatFieldPath, zodIssueMessages } from './zodIssueMessages';

const looseGraphSchema = z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });
const looseNodeSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  position: z.unknown().optional(),
  label: z.string().optional(),
  settings: z.unknown().optional(),
});
const looseEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  sourceHandle: z.string().min(1).default('next'),
  target: z.string(),
});

type CheckedNode = {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
  readonly definition?: NodeDefinition;
  /** Parsed settings; absent when they are invalid. */
  readonly settings?: unknown;
  /** Handles, known when the settings could be read. */
  readonly handles?: readonly string[];
};

type CheckedEdge = z.infer<typeof looseEdgeSchema>;

/** Steps named in a loop's message; longer loops are summarized. */
const MAX_NAMED_IN_LOOP = 12;

function nodeName(node: CheckedNode): string {
  if (node.label?.trim()) return `"${node.label.trim()}"`;
  return `the ${node.definition?.label ?? node.type} step "${node.id}"`;
}

/** The step's name for the web's words: its label, else its type (the web names the type in words). */
function stepParam(node: CheckedNode): string {
  return node.label?.trim() || node.type;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function handleName(node: CheckedNode, handle: string): string {
  const settings = node.settings as { branches?: readonly { id: string; label?: string }[] } | undefined;
  const branch = settings?.branches?.find((b) => b.id === handle);
  return branch?.label ? `"${branch.label}" branch` : `"${handle}" output`;
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
  const issues: ValidationIssue[] = [];
  const base = looseGraphSchema.safeParse(graph);
  if (!base.success) {
    issues.push({
      code: 'invalid_graph',
      message: 'The journey graph is malformed: it needs a list of nodes and a list of edges.',
      severity: 'error',
    });
    return { valid: false, issues };
  }

  // Over a cap, the journey is still checked (every pass below is linear), so the editor shows all.
  for (const [limit, count] of [
    ['graphNodes', base.data.nodes.length],
    ['graphEdges', base.data.edges.length],
  ] as const) {
    if (count > LIMITS[limit]) {
      issues.push({
        code: 'limit_exceeded',
        message: `${limitMessage(limitIssueParams(limit))} (this one has ${count}).`,
        severity: 'error',
      });
    }
  }

  // Node checks read date-times without an offset in the journey's timezone.
  const journeyTimezone = (settings as { timezone?: unknown } | null | undefined)?.timezone;
  const nodeContext: ValidationContext =
    typeof journeyTimezone === 'string' ? { ...context, timezone: journeyTimezone } : context;

  // Nodes: shape, ids, types, settings.
  const nodes = new Map<string, CheckedNode>();
  base.data.nodes.forEach((raw, index) => {
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
    const result = parseSettings(definition, parsed.data.settings ?? {}, options.cache);
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
    for (const issue of definition.validate?.(result.data, nodeContext) ?? []) {
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
  });

  // Edges: shape, ids, endpoints, handles.
  const edgeIds = new Set<string>();
  const edges: CheckedEdge[] = [];
  const bySourceHandle = new Map<string, CheckedEdge[]>();
  // A Set per node, so checking an edge's handle does not scan a split's branches once per edge.
  const handleSets = new Map<string, ReadonlySet<string>>();
  const handleSetOf = (node: CheckedNode): ReadonlySet<string> => {
    let set = handleSets.get(node.id);
    if (!set) {
      set = new Set(node.handles);
      handleSets.set(node.id, set);
    }
    return set;
  };
  base.data.edges.forEach((raw, index) => {
    const parsed = looseEdgeSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      issues.push({
        ...(typeof id === 'string' && id ? { edgeId: id } : {}),
        code: 'invalid_edge',
        message: `Connection #${index + 1} is malformed: it needs an "id", a "source" and a "target".`,
        severity: 'error',
      });
      return;
    }
    const edge = parsed.data;
    if (edgeIds.has(edge.id)) {
      issues.push({
        edgeId: edge.id,
        code: 'duplicate_edge_id',
        message: `Two connections share the id "${edge.id}"; every connection needs its own id.`,
        severity: 'error',
      });
      return;
    }
    edgeIds.add(edge.id);
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      issues.push({
        edgeId: edge.id,
        code: 'edge_unknown_node',
        message: `A connection ${!source ? 'starts at' : 'leads to'} the step "${missing}", which does not exist.`,
        severity: 'error',
      });
      return;
    }
    if (target.definition?.category === 'entry') {
      issues.push({
        edgeId: edge.id,
        nodeId: target.id,
        code: 'edge_into_entry',
        message: `${capitalize(nodeName(target))} is an entry step; nothing can connect into it.`,
        severity: 'error',
        params: { step: stepParam(target) },
      });
      return;
    }
    if (source.handles && !handleSetOf(source).has(edge.sourceHandle)) {
      issues.push({
        edgeId: edge.id,
        nodeId: source.id,
        code: 'edge_unknown_handle',
        message:
          source.handles.length === 0
            ? `${capitalize(nodeName(source))} ends the journey and cannot connect onward.`
            : `${capitalize(nodeName(source))} has no "${edge.sourceHandle}" output (it has ${source.handles.map((h) => `"${h}"`).join(', ')}).`,
        severity: 'error',
      });
      return;
    }
    edges.push(edge);
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    const group = bySourceHandle.get(key);
    if (group) group.push(edge);
    else bySourceHandle.set(key, [edge]);
  });

  for (const group of bySourceHandle.values()) {
    if (group.length < 2) continue;
    const source = nodes.get(group[0]!.source)!;
    // One message per handle: building it per edge would scan the branches once per extra edge.
    const message = `The ${handleName(source, group[0]!.sourceHandle)} of ${nodeName(source)} has ${group.length} connections, but a customer can follow only one; keep one.`;
    for (const edge of group.slice(1)) {
      issues.push({
        edgeId: edge.id,
        nodeId: source.id,
        code: 'handle_multiple_edges',
        message,
        severity: 'error',
        params: { step: stepParam(source), handle: group[0]!.sourceHandle, count: group.length },
      });
    }
  }

  // Required handles.
  for (const node of nodes.values()) {
    if (!node.definition || node.settings === undefined) continue;
    for (const handle of node.definition.requiredHandles(node.settings)) {
      if (!bySourceHandle.has(`${node.id}\u0000${handle}`)) {
        issues.push({
          nodeId: node.id,
          code: 'handle_unconnected',
          message: `The ${handleName(node, handle)} of ${nodeName(node)} is not connected; connect it to the next step or to an Exit.`,
          severity: 'error',
          params: { step: stepParam(node), handle },
        });
      }
    }
  }

  // Entry, reachability.
  const entries = [...nodes.values()].filter((node) => node.definition?.category === 'entry');
  if (entries.length === 0) {
    issues.push({
      code: 'no_entry',
      message:
        nodes.size === 0
          ? 'The journey is empty; start with an entry step such as "Event trigger".'
          : 'The journey has no entry step; add one so customers can enter.',
      severity: 'error',
      params: { empty: nodes.size === 0 ? 1 : 0 },
    });
  } else if (entries.length > 1) {
    for (const entry of entries) {
      issues.push({
        nodeId: entry.id,
        code: 'multiple_entries',
        message: `A journey has exactly one entry step, but this one has ${entries.length}; remove all but one, or make separate journeys.`,
        severity: 'error',
        params: { count: entries.length },
      });
    }
  }

  const successors = new Map<string, string[]>();
  for (const edge of edges) {
    const list = successors.get(edge.source);
    if (list) list.push(edge.target);
    else successors.set(edge.source, [edge.target]);
  }
  if (entries.length > 0) {
    const reached = new Set(entries.map((entry) => entry.id));
    const queue = [...reached];
    while (queue.length > 0) {
      for (const next of successors.get(queue.pop()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    for (const node of nodes.values()) {
      if (!reached.has(node.id)) {
        issues.push({
          nodeId: node.id,
          code: 'unreachable_node',
          message: `No path from the entry leads to ${nodeName(node)}; connect it or delete it.`,
          severity: 'error',
          params: { step: stepParam(node) },
        });
      }
    }
  }

  // Cycles that can spin without waiting: loops among non-wait steps only.
  const isWait = (id: string) => nodes.get(id)?.definition?.isWait === true;
  const instant = [...nodes.keys()].filter((id) => !isWait(id));
  // Filtered once per node: the component search asks for a node's successors at every step.
  const instantSuccessors = new Map<string, string[]>();
  for (const id of instant)
    instantSuccessors.set(
      id,
      (successors.get(id) ?? []).filter((next) => !isWait(next)),
    );
  const instantNext = (id: string): readonly string[] => instantSuccessors.get(id) ?? [];
  for (const component of stronglyConnected(instant, instantNext)) {
    const first = component[0]!;
    const loops = component.length > 1 || instantNext(first).includes(first);
    if (!loops) continue;
    // One message per loop, naming at most a few steps: a copy per step would grow with the square.
    const names = component.slice(0, MAX_NAMED_IN_LOOP).map((id) => nodeName(nodes.get(id)!));
    const path =
      component.length > MAX_NAMED_IN_LOOP
        ? `${names.join(' → ')} → … (${component.length} steps)`
        : names.join(' → ');
    const message = `${capitalize(path)}${component.length > 1 ? ` → ${names[0]}` : ' → itself'} form a loop without a wait step, so a customer would cycle endlessly; add a wait step inside the loop.`;
    for (const id of component) {
      issues.push({
        nodeId: id,
        code: 'cycle_without_wait',
        message,
        severity: 'error',
        params: { steps: component.length },
      });
    }
  }

  // Journey-level settings.
  if (settings !== undefined) {
    const result = journeySettingsSchema.safeParse(settings);
    if (!result.success) {
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
  }

  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
