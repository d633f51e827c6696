import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { conditionHandler } from './condition';
import { entryHandler } from './entryNodes';
import { exitHandler } from './exit';
import type { NodeHandler } from './nodeHandler';
import { sendHandler } from './send';
import { splitMultiHandler } from './splitMulti';
import { splitRandomHandler } from './splitRandom';
import { updateHandler } from './update';
import { waitDurationHandler } from './waitDuration';
import { waitEventHandler } from './waitEvent';
import { waitPredictedHandler } from './waitPredicted';
import { waitTimeOfDayHandler } from './waitTimeOfDay';
import { waitUntilHandler } from './waitUntil';

/** The engine's side of every node type (the shared registry holds schemas and handles). */
export const nodeHandlers: { readonly [T in NodeType]: NodeHandler<T> } = {
  'entry.event': entryHandler(),
  'entry.segment': entryHandler(),
  'entry.grade': entryHandler(),
  'entry.behavior': entryHandler(),
  'entry.schedule': entryHandler(),
  'wait.duration': waitDurationHandler,
  'wait.until': waitUntilHandler,
  'wait.time_of_day': waitTimeOfDayHandler,
  'wait.predicted': waitPredictedHandler,
  'wait.event': waitEventHandler,
  condition: conditionHandler,
  'split.multi': splitMultiHandler,
  'split.random': splitRandomHandler,
  send: sendHandler,
  update: updateHandler,
  exit: exitHandler,
};
