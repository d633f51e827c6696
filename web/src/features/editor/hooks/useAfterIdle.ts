import { useEffect, useState } from 'react';

/** How long work waiting for idle time waits at most, when the page never goes idle. */
export const IDLE_TIMEOUT_MS = 500;

/**
 * False on mount, true once the browser has had idle time after it (or after IDLE_TIMEOUT_MS): for work
 * that should not compete with the first paint, like validating a freshly opened 300-step journey.
 * Browsers without `requestIdleCallback` wait for the next macrotask after the paint instead.
 */
export function useAfterIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(handle);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setIdle(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return idle;
}
