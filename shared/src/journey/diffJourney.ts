import { canonicalJson } from '../util/canonicalJson';
import type { JourneyDiff, ValueChange } from './journeyDiffSchema';
import type { PinnedTemplates } from './pinnedTemplates';

type DiffNode = {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
  readonly position?: { readonly x: number; readonly y: number };
  readonly settings?: unknown;
};
type DiffEdge = {
  readonly id: string;
  readonly source: string;
  readonly sourceHandle?: string;
  readonly target: string;
};

/** One side of a diff: a graph (draft or version) and the journey settings. */
export type DiffableJourney = {
  readonly graph: { readonly nodes: readonly DiffNode[]; readonly edges: readonly DiffEdge[] };
  readonly settings?: unknown;
  /** Pinned template texts (saved templates by id, AlimTalk by code), so the diff shows text changes too. */
  readonly pinned?: PinnedTemplates | null;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/**
 * Leaf-level changes between two values: objects are compared key by key, arrays of objects with
 * ids (split branches) by id, other arrays as a whole (a changed list is one change).
 */
export function diffValues(before: unknown, after: unknown, path = ''): ValueChange[] {
  if (same(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffValues(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    [...before, ...after].every((item) => isPlainObject(item) && typeof item.id === 'string')
  ) {
    const beforeById = new Map(before.map((item) => [(item as { id: string }).id, item]));
    const afterById = new Map(after.map((item) => [(item as { id: string }).id, item]));
    const ids = [...new Set([...beforeById.keys(), ...afterById.keys()])];
    const changes = ids.flatMap((id) => diffValues(beforeById.get(id), afterById.get(id), `${path}[${id}]`));
    const order = (list: unknown[]) => list.map((item) => (item as { id: string }).id).join('\u0000');
    if (order(before) !== order(after) && changes.length === 0) return [{ path, before, after }];
    return changes;
  }
  return [{ path, before, after }];
}

const NO_PINS: PinnedTemplates = { templates: {}, alimtalk: {} };

const normalizeEdge = (edge: DiffEdge) => ({ ...edge, sourceHandle: edge.sourceHandle ?? 'next' });
const edgeKey = (edge: DiffEdge) => `${edge.source}\u0000${edge.sourceHandle ?? 'next'}\u0000${edge.target}`;

/**
 * Structural diff for the review screen: nodes added, removed and changed (by id: type, label and
 * settings), edges added and removed (by what they connect, so a re-created edge with a new id is no
 * change), and settings changes. Moving a node is not a change — like the content hash, the diff
 * ignores positions unless `options.positions` asks for them.
 */
export function diffJourney(
  from: DiffableJourney | null | undefined,
  to: DiffableJourney,
  options: { readonly positions?: boolean } = {},
): JourneyDiff {
  const fromNodes = new Map((from?.graph.nodes ?? []).map((node) => [node.id, node]));
  const toNodes = new Map(to.graph.nodes.map((node) => [node.id, node]));

  const added = to.graph.nodes.filter((node) => !fromNodes.has(node.id));
  const removed = (from?.graph.nodes ?? []).filter((node) => !toNodes.has(node.id));
  const changed: JourneyDiff['nodes']['changed'] = [];
  for (const node of to.graph.nodes) {
    const previous = fromNodes.get(node.id);
    if (!previous) continue;
    const where = (n: DiffNode) => (options.positions ? { position: n.position } : {});
    const changes = diffValues(
      { type: previous.type, label: previous.label, settings: previous.settings, ...where(previous) },
      { type: node.type, label: node.label, settings: node.settings, ...where(node) },
    );
    if (changes.length > 0) changed.push({ nodeId: node.id, changes });
  }

  const fromEdges = new Map((from?.graph.edges ?? []).map((edge) => [edgeKey(edge), edge]));
  const toEdges = new Map(to.graph.edges.map((edge) => [edgeKey(edge), edge]));
  return {
    nodes: {
      added: added.map((node) => ({ ...node, settings: node.settings ?? {} })),
      removed: removed.map((node) => ({ ...node, settings: node.settings ?? {} })),
      changed,
    },
    edges: {
      added: [...toEdges.entries()]
        .filter(([key]) => !fromEdges.has(key))
        .map(([, edge]) => normalizeEdge(edge)),
      removed: [...fromEdges.entries()]
        .filter(([key]) => !toEdges.has(key))
        .map(([, edge]) => normalizeEdge(edge)),
    },
    settings: diffValues(from?.settings ?? {}, to.settings ?? {}),
    templates: diffValues(from?.pinned ?? NO_PINS, to.pinned ?? NO_PINS),
  };
}
