import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

export const waitDurationHandler: NodeHandler<'wait.duration'> = async ({ node, cause, env }) => {
  if (cause.kind === 'due')
    return {
      kind: 'route',
      handle: 'next',
      reason: `waited ${node.settings.seconds}s`,
      code: 'wait.waited',
      params: { seconds: node.settings.seconds },
    };
  return {
    kind: 'wait',
    wakeAt: new Date(env.now.getTime() + node.settings.seconds * 1000),
    reason: `waiting ${node.settings.seconds}s`,
    code: 'wait.waiting',
    params: { seconds: node.settings.seconds },
  };
};

export const waitDurationPlugin: EnginePlugin<'wait.duration'> = { step: waitDurationHandler };
