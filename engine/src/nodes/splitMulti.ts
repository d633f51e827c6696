import { evaluateForRun } from '../step/evaluateForRun';
import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

/** The first branch whose condition holds wins; none → `else`. The trace lists what each branch decided. */
export const splitMultiHandler: NodeHandler<'split.multi'> = async (ctx) => {
  const checked: string[] = [];
  for (const branch of ctx.node.settings.branches) {
    const { result, explanation } = await evaluateForRun(
      ctx.env,
      branch.condition,
      ctx.customer,
      ctx.run.triggerEvent,
      ctx.timezone,
    );
    checked.push(`${branch.label || branch.id}: ${explanation} was ${result}`);
    if (result)
      return {
        kind: 'route',
        handle: branch.id,
        reason: `branch ${checked.join('; ')}`,
        code: 'split.branch',
        params: { branch: branch.label || branch.id },
      };
  }
  return {
    kind: 'route',
    handle: 'else',
    reason: `no branch matched (${checked.join('; ')}) → else`,
    code: 'split.else',
  };
};

export const splitMultiPlugin: EnginePlugin<'split.multi'> = { step: splitMultiHandler };
