import { z } from 'zod';
import { conditionNode } from './nodes/condition';
import { entryApiNode } from './nodes/entryApi';
import { entryBehaviorNode } from './nodes/entryBehavior';
import { entryEventNode } from './nodes/entryEvent';
import { entryGradeNode } from './nodes/entryGrade';
import { entryScheduleNode } from './nodes/entrySchedule';
import { entrySegmentNode } from './nodes/entrySegment';
import { exitNode } from './nodes/exit';
import { sendNode } from './nodes/send';
import { splitMultiNode } from './nodes/splitMulti';
import { splitRandomNode } from './nodes/splitRandom';
import { updateNode } from './nodes/update';
import { waitDurationNode } from './nodes/waitDuration';
import { waitEventNode } from './nodes/waitEvent';
import { waitPredictedNode } from './nodes/waitPredicted';
import { waitTimeOfDayNode } from './nodes/waitTimeOfDay';
import { waitUntilNode } from './nodes/waitUntil';

/**
 * Every node type, keyed by its `type`, in palette order. Everything else that lists node types is
 * derived from this map: the graph schema's union, the palette, the entry types, the engine's handles.
 * Adding a node type: see docs/adding-a-node-type.md.
 */
export const nodeRegistry = {
  'entry.event': entryEventNode,
  'entry.segment': entrySegmentNode,
  'entry.grade': entryGradeNode,
  'entry.behavior': entryBehaviorNode,
  'entry.schedule': entryScheduleNode,
  'entry.api': entryApiNode,
  'wait.duration': waitDurationNode,
  'wait.until': waitUntilNode,
  'wait.time_of_day': waitTimeOfDayNode,
  'wait.predicted': waitPredictedNode,
  'wait.event': waitEventNode,
  condition: conditionNode,
  'split.multi': splitMultiNode,
  'split.random': splitRandomNode,
  send: sendNode,
  update: updateNode,
  exit: exitNode,
} as const;

export type NodeRegistry = typeof nodeRegistry;
export type NodeType = keyof NodeRegistry;

/** Entry node types (category `entry`; their type names start with `entry.`, a test holds them to it). */
export type EntryNodeType = Extract<NodeType, `entry.${string}`>;

/** Node types in palette order (the registry's key order). */
export const nodeTypes = Object.keys(nodeRegistry) as [NodeType, ...NodeType[]];

/** Entry node types in palette order. */
export const entryNodeTypes = nodeTypes.filter(
  (type): type is EntryNodeType => nodeRegistry[type].category === 'entry',
);

export const nodeTypeSchema = z.enum(nodeTypes);

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && Object.hasOwn(nodeRegistry, value);
}

export function isEntryNodeType(value: unknown): value is EntryNodeType {
  return isNodeType(value) && nodeRegistry[value].category === 'entry';
}

/** Output handles of a (schema-valid) node, from its definition. */
export function outputHandlesOf(node: {
  readonly type: NodeType;
  readonly settings: unknown;
}): readonly string[] {
  const definition = nodeRegistry[node.type] as { outputHandles: (settings: unknown) => readonly string[] };
  return definition.outputHandles(node.settings);
}
