import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

export const exitHandler: NodeHandler<'exit'> = async () => ({
  kind: 'end',
  reason: 'reached exit',
  code: 'exit.reached',
});

export const exitPlugin: EnginePlugin<'exit'> = { step: exitHandler };
