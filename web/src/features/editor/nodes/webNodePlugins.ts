import { conditionNode } from './condition';
import { entryApiNode } from './entryApi';
import { entryBehaviorNode } from './entryBehavior';
import { entryEventNode } from './entryEvent';
import { entryGradeNode } from './entryGrade';
import { entryScheduleNode } from './entrySchedule';
import { entrySegmentNode } from './entrySegment';
import { exitNode } from './exit';
import { sendNode } from './send';
import { splitMultiNode } from './splitMulti';
import { splitRandomNode } from './splitRandom';
import { updateNode } from './update';
import { waitDurationNode } from './waitDuration';
import { waitEventNode } from './waitEvent';
import { waitPredictedNode } from './waitPredicted';
import { waitTimeOfDayNode } from './waitTimeOfDay';
import { waitUntilNode } from './waitUntil';
import type { WebNodePlugins } from './webNodePlugin';

/** The web's side of every node type: a missing type is a compile error. */
export const webNodePlugins = {
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
} as const satisfies WebNodePlugins;
