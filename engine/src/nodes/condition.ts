import { evaluateForRun } from '../step/evaluateForRun';
import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

export const conditionHandler: NodeHandler<'condition'> = async (ctx) => {
  const { result, explanation } = await evaluateForRun(
    ctx.env,
    ctx.node.settings.condition,
    ctx.customer,
    ctx.run.triggerEvent,
    ctx.timezone,
  );
  return {
    kind: 'route',
    handle: result ? 'yes' : 'no',
    reason: `condition ${explanation} was ${result}`,
    code: result ? 'condition.true' : 'condition.false',
  };
};

export const conditionPlugin: EnginePlugin<'condition'> = { step: conditionHandler };
