import { conditionWebPlugin } from './condition';
import { entryApiWebPlugin } from './entryApi';
import { entryBehaviorWebPlugin } from './entryBehavior';
import { entryEventWebPlugin } from './entryEvent';
import { entryGradeWebPlugin } from './entryGrade';
import { entryScheduleWebPlugin } from './entrySchedule';
import { entrySegmentWebPlugin } from './entrySegment';
import { exitWebPlugin } from './exit';
import { sendWebPlugin } from './send';
import { splitMultiWebPlugin } from './splitMulti';
import { splitRandomWebPlugin } from './splitRandom';
import { updateWebPlugin } from './update';
import { waitDurationWebPlugin } from './waitDuration';
import { waitEventWebPlugin } from './waitEvent';
import { waitPredictedWebPlugin } from './waitPredicted';
import { waitTimeOfDayWebPlugin } from './waitTimeOfDay';
import { waitUntilWebPlugin } from './waitUntil';
import type { WebNodePlugins } from './webNodePlugin';

/** The web's side of every node type: a missing type is a compile error. */
export const webNodePlugins = {
  'entry.event': entryEventWebPlugin,
  'entry.segment': entrySegmentWebPlugin,
  'entry.grade': entryGradeWebPlugin,
  'entry.behavior': entryBehaviorWebPlugin,
  'entry.schedule': entryScheduleWebPlugin,
  'entry.api': entryApiWebPlugin,
  'wait.duration': waitDurationWebPlugin,
  'wait.until': waitUntilWebPlugin,
  'wait.time_of_day': waitTimeOfDayWebPlugin,
  'wait.predicted': waitPredictedWebPlugin,
  'wait.event': waitEventWebPlugin,
  condition: conditionWebPlugin,
  'split.multi': splitMultiWebPlugin,
  'split.random': splitRandomWebPlugin,
  send: sendWebPlugin,
  update: updateWebPlugin,
  exit: exitWebPlugin,
} as const satisfies WebNodePlugins;
