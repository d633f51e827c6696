import { describe, expect, it } from 'vitest';
import { ClickRecorder, clickBatchLimit } from './clickRecorder';
import type { LinkClick } from './recordLinkClick';
import type { ShortLinkTarget } from './shortLinkCache';

const link = (n: number): ShortLinkTarget => ({
  code: `c${n}`,
  workspaceId: 'ws',
  url: 'https://shop.example/',
  messageId: `msg_${n}`,
  runId: null,
  customerId: `cus_${n}`,
  journeyId: null,
  nodeId: null,
  externalId: `x${n}`,
  channel: 'sms',
  expiresAt: new Date('2099-01-01'),
});
const at = new Date('2026-12-05T00:00:00Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ClickRecorder', () => {
  it('stores clicks that arrive during a batch as one following batch, never two batches at once', async () => {
    const batches: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let release: () => void = () => {};
    const store = async (clicks: readonly LinkClick[]) => {
      batches.push(clicks.length);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      inFlight--;
    };
    const recorder = new ClickRecorder(store, () => {}, 2);
    recorder.record(link(0), at);
    await sleep(10);
    expect(batches).toEqual([1]);
    // A busy minute: many timer periods pass while the first batch is still being stored.
    for (let i = 1; i <= 30; i++) {
      recorder.record(link(i), at);
      if (i % 5 === 0) await sleep(5);
    }
    expect(batches).toEqual([1]);
    expect(recorder.waiting).toBe(30);
    release();
    await recorder.flush();
    expect(batches).toEqual([1, 30]);
    expect(maxInFlight).toBe(1);
  });

  it('bounds a batch at maxBatch and yields to the event loop between batches', async () => {
    const log: string[] = [];
    const store = async (clicks: readonly LinkClick[]) => {
      log.push(`store ${clicks.length}`);
      // Work that arrived (a request) while this batch was stored must run before the next batch starts.
      setImmediate(() => log.push('request'));
    };
    const recorder = new ClickRecorder(store, () => {}, 1_000, 5);
    for (let i = 0; i < 12; i++) recorder.record(link(i), at);
    await recorder.flush();
    expect(log).toEqual(['store 5', 'request', 'store 5', 'request', 'store 2', 'request']);
  });

  it('reports a failed batch and still stores the next one', async () => {
    const stored: number[] = [];
    const errors: unknown[] = [];
    const store = async (clicks: readonly LinkClick[]) => {
      if (stored.length === 0 && errors.length === 0) throw new Error('database away');
      stored.push(clicks.length);
    };
    const recorder = new ClickRecorder(store, (error) => errors.push(error), 1_000, 2);
    for (let i = 0; i < 3; i++) recorder.record(link(i), at);
    await recorder.flush();
    expect(errors).toHaveLength(1);
    expect(stored).toEqual([1]);
  });

  it('keeps PGlite batches small (their statements run on the event loop) and PostgreSQL ones large', async () => {
    expect(clickBatchLimit('pglite')).toBe(50);
    expect(clickBatchLimit('postgres')).toBe(500);
    const batches: number[] = [];
    const recorder = new ClickRecorder(
      async (clicks) => void batches.push(clicks.length),
      () => {},
      1_000,
      clickBatchLimit('pglite'),
    );
    for (let i = 0; i < 120; i++) recorder.record(link(i), at);
    await recorder.flush();
    expect(batches).toEqual([50, 50, 20]);
  });
});

describe('ClickRecorder after a batch', () => {
  /** A store whose first batch is held until `release`; the sizes of the batches it was given. */
  const heldFirstBatch = () => {
    const batches: number[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const store = async (clicks: readonly LinkClick[]) => {
      batches.push(clicks.length);
      if (batches.length === 1) await held;
    };
    return { batches, store, release: () => release() };
  };
  /** Waits (up to 2 s) until `done`, so a loaded machine's late timers do not fail the test. */
  const until = async (done: () => boolean) => {
    const started = performance.now();
    while (!done() && performance.now() - started < 2_000) await sleep(5);
  };

  it('lets fewer than maxBatch clicks that arrived meanwhile wait out the delay of the first of them', async () => {
    const { batches, store, release } = heldFirstBatch();
    const recorder = new ClickRecorder(store, () => {}, 400, 10);
    recorder.record(link(0), at);
    await until(() => batches.length === 1);
    expect(batches).toEqual([1]);
    const firstWaiting = performance.now();
    for (let i = 1; i <= 3; i++) recorder.record(link(i), at);
    await sleep(150);
    release();
    await sleep(20);
    // Not followed at once by a batch of 3: more clicks may still join it within the delay.
    expect(batches).toEqual([1]);
    recorder.record(link(4), at);
    await until(() => batches.length === 2);
    expect(batches).toEqual([1, 4]);
    // The delay counts from the first waiting click's arrival (≈ 400 ms), not from the batch's end (≈ 550).
    expect(performance.now() - firstWaiting).toBeGreaterThanOrEqual(395);
    expect(performance.now() - firstWaiting).toBeLessThan(530);
  });

  it('stores a full batch that arrived meanwhile at once, and the rest after the delay', async () => {
    const { batches, store, release } = heldFirstBatch();
    const recorder = new ClickRecorder(store, () => {}, 200, 10);
    recorder.record(link(0), at);
    await until(() => batches.length === 1);
    for (let i = 1; i <= 12; i++) recorder.record(link(i), at);
    release();
    await sleep(10);
    expect(batches).toEqual([1, 10]);
    expect(recorder.waiting).toBe(2);
    await until(() => batches.length === 3);
    expect(batches).toEqual([1, 10, 2]);
  });

  it('flush stores what waits at once, even right after a batch that left clicks for the timer', async () => {
    const { batches, store, release } = heldFirstBatch();
    const recorder = new ClickRecorder(store, () => {}, 10_000, 10);
    recorder.record(link(0), at);
    await sleep(5);
    expect(batches).toEqual([]);
    const first = recorder.flush();
    recorder.record(link(1), at);
    recorder.record(link(2), at);
    release();
    await first;
    expect(batches).toEqual([1, 2]);
    recorder.record(link(3), at);
    await recorder.flush();
    expect(batches).toEqual([1, 2, 1]);
    expect(recorder.waiting).toBe(0);
  });
});
