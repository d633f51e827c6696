import type { InappMessage } from '@journeyflow/shared/api/inapp';
import { describe, expect, it } from 'vitest';
import { TooManyStreamsError } from '../errors/domainErrors';
import { createInappHub, type InboxSource } from './inappHub';

const message = (id: string, createdAt: string): InappMessage => ({
  id,
  purpose: 'info',
  title: id,
  body: '',
  createdAt,
  readAt: null,
});

/** An inbox table in memory that counts how often it is asked. */
const inbox = () => {
  const rows: (InappMessage & { customerId: string })[] = [];
  const calls: string[] = [];
  const source: InboxSource = {
    now: async () => '2026-12-04T00:00:00.000Z',
    async newerThan(_workspaceId, customerId, after) {
      calls.push(`${customerId}>${after}`);
      return rows.filter((r) => r.customerId === customerId && r.createdAt > after);
    },
  };
  return { rows, calls, source };
};

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('in-app hub', () => {
  it('polls once per customer however many streams are open, and fans out to each', async () => {
    const db = inbox();
    const hub = createInappHub({ source: db.source, pollMs: 20 });
    const got: string[][] = [[], [], [], []];
    const stops = [
      hub.subscribe('ws', 'minji', (m) => got[0]?.push(m.id)),
      hub.subscribe('ws', 'minji', (m) => got[1]?.push(m.id)),
      hub.subscribe('ws', 'minji', (m) => got[2]?.push(m.id)),
      hub.subscribe('ws', 'jun', (m) => got[3]?.push(m.id)),
    ];
    expect(hub.polling()).toBe(2);
    db.rows.push({ ...message('m1', '2026-12-04T00:00:01.000Z'), customerId: 'minji' });
    await tick(150);
    expect(got).toEqual([['m1'], ['m1'], ['m1'], []]);
    const minjiPolls = db.calls.filter((c) => c.startsWith('minji')).length;
    const junPolls = db.calls.filter((c) => c.startsWith('jun')).length;
    // One query per interval per customer, not one per stream.
    expect(Math.abs(minjiPolls - junPolls)).toBeLessThanOrEqual(1);
    // After m1 the cursor moved on: later polls ask for newer rows only.
    expect(db.calls.at(-1)).toMatch(/>2026-12-04T00:00:0[01]/);
    for (const stop of stops) stop();
    expect(hub.polling()).toBe(0);
    const after = db.calls.length;
    await tick(80);
    expect(db.calls.length).toBe(after);
  });

  it('delivers a message published here and found by the poll only once', async () => {
    const db = inbox();
    const hub = createInappHub({ source: db.source, pollMs: 10 });
    const got: string[] = [];
    const stop = hub.subscribe('ws', 'minji', (m) => got.push(m.id));
    const m = message('m2', '2026-12-04T00:00:02.000Z');
    db.rows.push({ ...m, customerId: 'minji' });
    hub.publish('ws', 'minji', m);
    await tick(60);
    expect(got).toEqual(['m2']);
    stop();
  });

  it('refuses a stream beyond the per-customer limit until one closes', () => {
    const hub = createInappHub({ maxStreamsPerCustomer: 2 });
    const first = hub.subscribe('ws', 'minji', () => {});
    hub.subscribe('ws', 'minji', () => {});
    expect(() => hub.subscribe('ws', 'minji', () => {})).toThrow(TooManyStreamsError);
    expect(hub.subscribe('ws', 'jun', () => {})).toBeTypeOf('function');
    first();
    expect(hub.subscribe('ws', 'minji', () => {})).toBeTypeOf('function');
    expect(hub.count('ws', 'minji')).toBe(2);
  });
});
