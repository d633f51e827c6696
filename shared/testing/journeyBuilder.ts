import type { Condition } from '@journeyflow/shared/journey/condition';
import type { JourneyGraph, JourneyNode } from '@journeyflow/shared/journey/graph';
import type { JourneySettingsInput } from '@journeyflow/shared/journey/journeySettings';

/** A node's own id (`n1`, `n2`, … by default) and the label the editor shows for it. */
type Opts = { id?: string; label?: string };
type Branch = (b: JourneyBuilder) => JourneyBuilder;

/** Vertical distance between steps: more than a node card is tall, so built journeys open readable. */
const ROW_HEIGHT = 160;

const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "90s", "15m", "24h", "1d" or a number of seconds. */
export function seconds(duration: string | number): number {
  if (typeof duration === 'number') return duration;
  const match = /^(\d+)([smhd])$/.exec(duration);
  if (!match) throw new Error(`bad duration ${duration}`);
  return Number(match[1]) * (units[match[2] ?? 's'] ?? 1);
}

type Shared = {
  nodes: JourneyNode[];
  edges: JourneyGraph['edges'];
  counter: number;
  settings: JourneySettingsInput;
};

/**
 * Builds journeys the way marketers draw them: each step connects from the previous node's `next`
 * (or the handle named by `.on()`), branches take a callback building their own chain.
 */
export class JourneyBuilder {
  constructor(
    private readonly shared: Shared,
    private cursor?: { node: string; handle: string },
  ) {}

  private add(type: string, settings: unknown, opts: Opts = {}, handle = 'next'): this {
    this.shared.counter += 1;
    const id = opts.id ?? `n${this.shared.counter}`;
    this.shared.nodes.push({
      id,
      type,
      ...(opts.label ? { label: opts.label } : {}),
      position: { x: 0, y: this.shared.counter * ROW_HEIGHT },
      settings,
    } as JourneyNode);
    this.connectTo(id);
    this.cursor = { node: id, handle };
    return this;
  }

  private connectTo(target: string): void {
    if (!this.cursor) return;
    this.shared.edges.push({
      id: `e${this.shared.edges.length + 1}`,
      source: this.cursor.node,
      sourceHandle: this.cursor.handle,
      target,
    });
  }

  private branch(handle: string, build: Branch): this {
    if (!this.cursor) throw new Error('branch before any node');
    build(new JourneyBuilder(this.shared, { node: this.cursor.node, handle }));
    return this;
  }

  /** Connect the current handle to a node built earlier (branches that meet again); the chain ends there. */
  joinAt(nodeId: string): this {
    this.connectTo(nodeId);
    this.cursor = undefined;
    return this;
  }

  /** Continue the main chain from another handle of the last node. */
  on(handle: string): this {
    if (this.cursor) this.cursor = { node: this.cursor.node, handle };
    return this;
  }

  settings(settings: JourneySettingsInput): this {
    Object.assign(this.shared.settings, settings);
    return this;
  }

  entryEvent(event: string, where?: Condition, opts?: Opts) {
    return this.add('entry.event', { event, ...(where ? { where } : {}) }, opts);
  }
  entryBehavior(settings: Record<string, unknown>, opts?: Opts) {
    return this.add('entry.behavior', settings, opts);
  }
  entrySegment(segmentId: string, includeExisting = false, opts?: Opts) {
    return this.add('entry.segment', { segmentId, includeExisting }, opts);
  }
  entryGrade(to: string[], from?: string[], opts?: Opts) {
    return this.add('entry.grade', { to, ...(from ? { from } : {}) }, opts);
  }
  entrySchedule(settings: Record<string, unknown>, opts?: Opts) {
    return this.add('entry.schedule', settings, opts);
  }
  wait(duration: string | number, opts?: Opts) {
    return this.add('wait.duration', { seconds: seconds(duration) }, opts);
  }
  waitUntil(settings: { at?: string; attribute?: string; offsetSeconds?: number }, opts?: Opts) {
    return this.add('wait.until', settings, opts);
  }
  waitTimeOfDay(time: string, days?: string[], opts?: Opts) {
    return this.add('wait.time_of_day', { time, ...(days ? { days } : {}) }, opts);
  }
  waitPredicted(attribute: string, offsetSeconds = 0, opts?: Opts) {
    return this.add('wait.predicted', { attribute, offsetSeconds }, opts);
  }
  /** Continues on `timeout`; `matched` builds its own chain. */
  waitEvent(event: string, timeout: string | number, matched?: Branch, opts?: Opts & { where?: Condition }) {
    this.add(
      'wait.event',
      { event, timeoutSeconds: seconds(timeout), ...(opts?.where ? { where: opts.where } : {}) },
      opts,
      'timeout',
    );
    return matched ? this.branch('matched', matched) : this;
  }
  /** Continues on `yes`; `no` builds its own chain. */
  condition(condition: Condition, no?: Branch, opts?: Opts) {
    this.add('condition', { condition }, opts, 'yes');
    return no ? this.branch('no', no) : this;
  }
  splitRandom(branches: { id: string; percent: number; label?: string; steps?: Branch }[], opts?: Opts) {
    this.add(
      'split.random',
      { branches: branches.map(({ id, percent, label }) => ({ id, label: label ?? id, percent })) },
      opts,
      '',
    );
    for (const b of branches) if (b.steps) this.branch(b.id, b.steps);
    return this;
  }
  splitMulti(
    branches: { id: string; condition: Condition; steps?: Branch }[],
    otherwise?: Branch,
    opts?: Opts,
  ) {
    this.add(
      'split.multi',
      { branches: branches.map(({ id, condition }) => ({ id, label: id, condition })) },
      opts,
      'else',
    );
    for (const b of branches) if (b.steps) this.branch(b.id, b.steps);
    return otherwise ? this.branch('else', otherwise) : this;
  }
  send(settings: Record<string, unknown>, opts?: Opts & { failed?: Branch }) {
    this.add('send', settings, opts);
    return opts?.failed ? this.branch('failed', opts.failed) : this;
  }
  sms(text: string, purpose: 'info' | 'ad' = 'info', opts?: Opts & { failed?: Branch }) {
    return this.send({ channel: 'sms', purpose, content: { text } }, opts);
  }
  update(set: Record<string, unknown>, opts?: Opts) {
    return this.add('update', { set }, opts);
  }
  exit(opts?: Opts) {
    return this.add('exit', {}, opts);
  }

  build(): { graph: JourneyGraph; settings: JourneySettingsInput } {
    return { graph: { nodes: this.shared.nodes, edges: this.shared.edges }, settings: this.shared.settings };
  }
}

export function aJourney(): JourneyBuilder {
  return new JourneyBuilder({ nodes: [], edges: [], counter: 0, settings: { timezone: 'Asia/Seoul' } });
}
