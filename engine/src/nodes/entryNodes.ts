import type { EntryNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { NodeContext, NodeHandler, NodeResult } from './nodeHandler';

/** The entry as a code + params: a behaviour entry names its event, count and window; others the trigger. */
function entryCode(ctx: NodeContext): Pick<NodeResult, 'code' | 'params'> {
  const settings = ctx.node.settings as Record<string, unknown>;
  if (ctx.node.type === 'entry.behavior')
    return {
      code: 'entry.behavior',
      params: {
        event: String(settings.event ?? ''),
        count: Number(settings.minCount ?? 1),
        seconds: Number(settings.withinSeconds ?? 0),
        without: typeof settings.withoutEvent === 'string' ? settings.withoutEvent : null,
      },
    };
  // An API enrolment carries a synthetic trigger event; it reads as the API entry, not as that event.
  if (ctx.node.type === 'entry.api') return { code: 'entry.api' };
  if (ctx.run.triggerEvent) return { code: 'entry.event', params: { event: ctx.run.triggerEvent.name } };
  return { code: `entry.${ctx.node.type.replace('entry.', '')}` };
}

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
    ...entryCode(ctx as unknown as NodeContext),
  });
