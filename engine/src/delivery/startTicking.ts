/**
 * Runs `tick` every `intervalMs`, and again at once while the last tick claimed something (draining).
 * Returns a stop function that waits for the tick in flight.
 */
export const startTicking = (
  tick: () => Promise<{ readonly claimed: number }>,
  intervalMs: number,
  onError: (error: unknown) => void,
): (() => Promise<void>) => {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const next = () => {
    running = tick()
      .catch((error: unknown) => {
        onError(error);
        return undefined;
      })
      .then((result) => {
        if (stopped) return;
        const busy = result !== undefined && result.claimed > 0;
        timer = setTimeout(next, busy ? 0 : intervalMs);
      });
  };
  next();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
};
