import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { LinkClick } from './recordLinkClick';

/**
 * Clicks per batch at most, by database. PGlite executes one statement at a time on the thread that owns it
 * (the server's own PGlite thread, or the caller's thread in process, as in tests), so a batch's largest
 * statement is time every other statement waits for — and, in process, every redirect: 50 clicks keep it
 * to a few milliseconds while still sharing the statements' fixed cost (smaller batches cost several times
 * the CPU per click). PostgreSQL works in its own processes, so there larger batches are simply cheaper.
 */
export const clickBatchLimit = (kind: SqlClient['kind']): number => (kind === 'pglite' ? 50 : 500);

/**
 * Clicks are answered at once and stored in the background (`store`, normally `recordLinkClicks`), one
 * batch at a time. A batch starts `delayMs` after the first of its clicks arrived, or at once when
 * `maxBatch` are waiting; clicks arriving while a batch is being stored wait for it and then follow the
 * same rule (a full batch goes at once, fewer wait out the delay of the first of them). So a burst costs a
 * few statements per batch instead of a transaction per click, and batches stay large: following each batch
 * at once with whatever arrived meanwhile made them as small as one batch's storing time allows (≈ 9 clicks
 * at 1,000 clicks/s on PGlite), at three times the CPU per click (the per-batch statements). Never more than
 * one batch competes with the redirects for the database or (PGlite runs on this thread) the event loop,
 * and between batches the recorder yields to the event loop, so redirects that arrived during a batch are
 * answered before the next. `flush` stores everything waiting at once.
 */
export class ClickRecorder {
  #queue: LinkClick[] = [];
  /** When each waiting click arrived (performance.now()), in queue order. */
  #arrivals: number[] = [];
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  /** A `flush` is waiting: the drain goes on until nothing is queued. */
  #drainAll = false;

  constructor(
    private readonly store: (clicks: readonly LinkClick[]) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 50,
    private readonly maxBatch = 500,
  ) {}

  record(link: LinkClick['link'], at: Date): void {
    this.#queue.push({ link, at });
    this.#arrivals.push(performance.now());
    // While a batch is being stored, the drain picks these up when it is done.
    if (this.#draining) return;
    if (this.#queue.length >= this.maxBatch) void this.#start();
    else this.#timer ??= setTimeout(() => void this.#start(), this.delayMs).unref();
  }

  /** Stores what is queued; resolves when every click queued so far is stored (or reported as failed). */
  async flush(): Promise<void> {
    // A drain that was just ending may leave clicks behind for its timer: then another drain stores them.
    do {
      this.#drainAll = true;
      await this.#start();
    } while (this.#queue.length > 0);
  }

  #start(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
      this.#drainAll = false;
      this.#armTimer();
    });
    return this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      this.#arrivals.splice(0, batch.length);
      try {
        await this.store(batch);
      } catch (error) {
        this.onError(error);
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (!this.#drainAll && this.#queue.length < this.maxBatch) return;
    }
  }

  /** Clicks left after a batch wait out the delay of the first of them (or go at once if it has passed). */
  #armTimer(): void {
    const first = this.#arrivals[0];
    if (first === undefined || this.#timer) return;
    const wait = Math.max(0, this.delayMs - (performance.now() - first));
    this.#timer = setTimeout(() => void this.#start(), wait).unref();
  }

  /** Clicks waiting to be stored (not counting the batch being stored). */
  get waiting(): number {
    return this.#queue.length;
  }
}
