import type { JourneyNode, JourneyNodeOf } from '@journeyflow/shared/journey/graph';
import type { EntryNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { conditionPlugin } from './condition';
import type { EnginePlugins, EntryPlugin } from './enginePlugin';
import { entryApiPlugin } from './entryApi';
import { entryBehaviorPlugin } from './entryBehavior';
import { entryEventPlugin } from './entryEvent';
import { entryGradePlugin } from './entryGrade';
import { entrySchedulePlugin } from './entrySchedule';
import { entrySegmentPlugin } from './entrySegment';
import { exitPlugin } from './exit';
import type { NodeContext, NodeResult } from './nodeHandler';
import { sendPlugin } from './send';
import { splitMultiPlugin } from './splitMulti';
import { splitRandomPlugin } from './splitRandom';
import { updatePlugin } from './update';
import { waitDurationPlugin } from './waitDuration';
import { waitEventPlugin } from './waitEvent';
import { waitPredictedPlugin } from './waitPredicted';
import { waitTimeOfDayPlugin } from './waitTimeOfDay';
import { waitUntilPlugin } from './waitUntil';

/**
 * The engine's side of every node type (the shared registry holds schemas and handles). The type makes a
 * missing type, or an entry type without its `entry` part, a compile error.
 */
export const nodePlugins = {
  'entry.event': entryEventPlugin,
  'entry.segment': entrySegmentPlugin,
  'entry.grade': entryGradePlugin,
  'entry.behavior': entryBehaviorPlugin,
  'entry.schedule': entrySchedulePlugin,
  'entry.api': entryApiPlugin,
  'wait.duration': waitDurationPlugin,
  'wait.until': waitUntilPlugin,
  'wait.time_of_day': waitTimeOfDayPlugin,
  'wait.predicted': waitPredictedPlugin,
  'wait.event': waitEventPlugin,
  condition: conditionPlugin,
  'split.multi': splitMultiPlugin,
  'split.random': splitRandomPlugin,
  send: sendPlugin,
  update: updatePlugin,
  exit: exitPlugin,
} as const satisfies EnginePlugins;

/** Steps a node with its type's handler. */
export function stepNode(ctx: NodeContext): Promise<NodeResult> {
  const step = nodePlugins[ctx.node.type].step as (c: NodeContext) => Promise<NodeResult>;
  return step(ctx);
}

/** Event names a run on `node` may wait for (its plugin's `waitsFor`; none for most types). */
export function eventsWaitedForAt(node: JourneyNode): readonly string[] {
  const waitsFor = nodePlugins[node.type].waitsFor as ((n: JourneyNode) => readonly string[]) | undefined;
  return waitsFor ? waitsFor(node) : [];
}

/** An entry node's plugin (an entry type's plugin always has its `entry` part, `EnginePlugins` insists). */
export function entryPluginOf(node: JourneyNodeOf<EntryNodeType>): EntryPlugin<EntryNodeType> {
  return nodePlugins[node.type].entry as EntryPlugin<EntryNodeType>;
}
