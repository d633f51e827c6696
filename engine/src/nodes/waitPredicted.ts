import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';
import { waitForDate } from './waitUntil';

export const waitPredictedHandler: NodeHandler<'wait.predicted'> = async (ctx) =>
  waitForDate(ctx, {
    attribute: ctx.node.settings.attribute,
    offsetSeconds: ctx.node.settings.offsetSeconds,
  });

export const waitPredictedPlugin: EnginePlugin<'wait.predicted'> = { step: waitPredictedHandler };
