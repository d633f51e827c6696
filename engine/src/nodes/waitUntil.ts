import { parseDateTimeInZone } from '@journeyflow/shared/journey/zonedTime';
import { customerView } from '../step/customerRecord';
import type { EnginePlugin } from './enginePlugin';
import type { NodeContext, NodeHandler, NodeResult } from './nodeHandler';
import { readDateAttribute } from './resolveDate';

/** Shared by `wait.until` and `wait.predicted`: wait for a fixed or attribute date plus an offset. */
export function waitForDate(
  ctx: Pick<NodeContext, 'cause' | 'customer' | 'env'> & {
    readonly version: { readonly settings: { readonly timezone: string } };
  },
  target: { at?: string | undefined; attribute?: string | undefined; offsetSeconds?: number | undefined },
): NodeResult {
  if (ctx.cause.kind === 'due')
    return { kind: 'route', handle: 'next', reason: 'the wait date arrived', code: 'wait.date_reached' };
  const offset = (target.offsetSeconds ?? 0) * 1000;
  let base: Date | undefined;
  let what: string;
  if (target.at) {
    // A date-time without an offset is wall-clock time in the journey's timezone, as the editor shows it.
    base = parseDateTimeInZone(target.at, ctx.version.settings.timezone);
    what = target.at;
  } else {
    base = readDateAttribute(customerView(ctx.customer), target.attribute ?? '');
    what = `${target.attribute} = ${base ? base.toISOString() : 'missing'}`;
  }
  if (!base) {
    return {
      kind: 'route',
      handle: 'next',
      reason: `no date to wait for (${what}); continuing at once`,
      code: 'wait.no_date',
      params: { attribute: target.attribute ?? null },
    };
  }
  const wakeAt = new Date(base.getTime() + offset);
  const offsetText = offset === 0 ? '' : ` ${offset > 0 ? '+' : '-'} ${Math.abs(offset / 1000)}s`;
  if (wakeAt.getTime() <= ctx.env.now.getTime()) {
    return {
      kind: 'route',
      handle: 'next',
      reason: `${what}${offsetText} is already past; continuing at once`,
      code: 'wait.date_past',
      params: { until: wakeAt.toISOString() },
    };
  }
  return {
    kind: 'wait',
    wakeAt,
    reason: `waiting until ${wakeAt.toISOString()} (${what}${offsetText})`,
    code: 'wait.date_waiting',
    params: { until: wakeAt.toISOString() },
  };
}

export const waitUntilHandler: NodeHandler<'wait.until'> = async (ctx) => waitForDate(ctx, ctx.node.settings);

export const waitUntilPlugin: EnginePlugin<'wait.until'> = { step: waitUntilHandler };
