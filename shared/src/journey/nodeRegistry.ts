import { z } from 'zod';
import { conditionNode } from './nodes/condition';
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

/** Every node type, keyed by its `type`. Adding a node type: a file in `nodes/` plus one line here. */
export const nodeRegistry = {
  'entry.event': entryEventNode,
  'entry.segment': entrySegmentNode,
  'entry.grade': entryGradeNode,
  'entry.behavior': entryBehaviorNode,
  'entry.schedule': entryScheduleNode,
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

/** Node types in palette order. */
export const nodeTypes = [
  'entry.event',
  'entry.segment',
  'entry.grade',
  'entry.behavior',
  'entry.schedule',
  'wait.duration',
  'wait.until',
  'wait.time_of_day',
  'wait.predicted',
  'wait.event',
  'condition',
  'split.multi',
  'split.random',
  'send',
  'update',
  'exit',
] as const satisfies readonly NodeType[];

export const nodeTypeSchema = z.enum(nodeTypes);

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && Object.hasOwn(nodeRegistry, value);
}
