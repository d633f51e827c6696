/**
 * The journey clock as the server last reported it (`X-Journey-Now` on every API response): sends, runs
 * and events are stamped on it, and on a scaled demo it runs ahead of the browser's clock. Kept as an
 * offset from the browser's clock, so it keeps running between responses.
 */
let offsetMs = 0;

/** Records the server's journey "now" (an ISO string from the response header); ignores anything else. */
export function observeJourneyNow(iso: string | null, receivedAt = Date.now()): void {
  if (!iso) return;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return;
  offsetMs = at - receivedAt;
}

/** "Now" on the journey clock, in epoch milliseconds (the browser's clock until the server answered). */
export const journeyNowMs = (): number => Date.now() + offsetMs;
