/** The engine's only source of "now": injected so tests run on a fake clock and demos on a scaled one. */
export type Clock = {
  now(): Date;
};

export const systemClock: Clock = { now: () => new Date() };
