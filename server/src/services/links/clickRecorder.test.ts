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
