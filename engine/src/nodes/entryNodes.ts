import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { NodeHandler } from './nodeHandler';

/** Every entry node just lets the run in; matching happens at ingestion (see `ingest/`). */
export const entryHandler =
  <T extends NodeType>(): NodeHandler<T> =>
  async (ctx) => ({
    kind: 'route',
    handle: 'next',
    reason: ctx.run.entryReason
      ? ctx.run.entryReason
      : ctx.run.triggerEvent
        ? `entered on event ${ctx.run.triggerEvent.name}`
        : `entered (${ctx.node.type.replace('entry.', '')})`,
  });
