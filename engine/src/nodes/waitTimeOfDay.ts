import { nextTimeOfDay } from '@journeyflow/shared/journey/zonedTime';
import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

export const waitTimeOfDayHandler: NodeHandler<'wait.time_of_day'> = async ({
  node,
  cause,
  env,
  timezone,
}) => {
  const { time, days } = node.settings;
  if (cause.kind === 'due')
    return {
      kind: 'route',
      handle: 'next',
      reason: `it is ${time} in ${timezone}`,
      code: 'wait.time_reached',
      params: { time, timezone },
    };
  const wakeAt = nextTimeOfDay(env.now, time, timezone, days);
  return {
    kind: 'wait',
    wakeAt,
    reason: `waiting until ${time}${days ? ` on ${days.join('/')}` : ''} ${timezone} (${wakeAt.toISOString()})`,
    code: 'wait.time_waiting',
    params: { time, timezone, until: wakeAt.toISOString() },
  };
};

export const waitTimeOfDayPlugin: EnginePlugin<'wait.time_of_day'> = { step: waitTimeOfDayHandler };
