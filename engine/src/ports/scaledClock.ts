import type { Clock } from './clock';

/**
 * Time runs `scale` times faster than the wall clock from `origin` on, so a demo plays an hour of
 * waits in a minute (JOURNEYFLOW_TIME_SCALE=60). The server reads the variable; the engine only gets the clock.
 */
export function createScaledClock(
  scale: number,
  origin: Date = new Date(),
  base: Clock = { now: () => new Date() },
): Clock {
  if (!(scale > 0)) throw new Error('time scale must be positive');
  const originMs = origin.getTime();
  return {
    now: () => new Date(originMs + (base.now().getTime() - originMs) * scale),
  };
}
