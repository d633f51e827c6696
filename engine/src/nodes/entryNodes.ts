import type { EntryNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { NodeHandler } from './nodeHandler';

/** Every entry node's step just lets the run in; matching happens before (see each entry plugin). */
export const entryStep =
  <T extends EntryNodeType>(): NodeHandler<T> =>
  async (ctx) => ({
    kind: 'route',
    handle: 'next',
    reason: ctx.run.entryReason
      ? ctx.run.entryReason
      : ctx.run.triggerEvent
        ? `entered on event ${ctx.run.triggerEvent.name}`
        : `entered (${(ctx.node as { type: string }).type.replace('entry.', '')})`,
  });
