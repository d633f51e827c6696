import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

/** Parks the run until the event (matched by ingestion, `where` included) or the timeout, whichever is first. */
export const waitEventHandler: NodeHandler<'wait.event'> = async ({ node, cause, env }) => {
  const { event, where, timeoutSeconds } = node.settings;
  if (cause.kind === 'event') {
    return {
      kind: 'route',
      handle: 'matched',
      reason: `${event} happened at ${cause.event.ts}`,
      code: 'wait.event_matched',
      params: { event, at: cause.event.ts },
    };
  }
  if (cause.kind === 'due') {
    return {
      kind: 'route',
      handle: 'timeout',
      reason: `no ${event} within ${timeoutSeconds}s`,
      code: 'wait.event_timeout',
      params: { event, seconds: timeoutSeconds },
    };
  }
  return {
    kind: 'wait',
    wakeAt: new Date(env.now.getTime() + timeoutSeconds * 1000),
    waitingEvent: event,
    waitingFilter: where ?? null,
    reason: `waiting up to ${timeoutSeconds}s for ${event}`,
    code: 'wait.event_waiting',
    params: { event, seconds: timeoutSeconds },
  };
};

export const waitEventPlugin: EnginePlugin<'wait.event'> = {
  step: waitEventHandler,
  waitsFor: (node) => [node.settings.event],
};
