import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { LinkClick } from './recordLinkClick';

/**
 * Clicks per batch at most, by database. PGlite executes each statement synchronously on this thread, so a
 * batch's largest statement (the events' ingestion, ~0.07 ms per click on an idle machine) is time every
 * redirect arriving meanwhile waits: 50 clicks keep it to a few milliseconds while still sharing the
 * statements' fixed cost (smaller batches cost several times the CPU per click). PostgreSQL works in its
 * own process, so there larger batches are simply cheaper.
 */
export const clickBatchLimit = (kind: SqlClient['kind']): number => (kind === 'pglite' ? 50 : 500);

/**
 * Clicks are answered at once and stored in the background (`store`, normally `recordLinkClicks`), one
 * batch at a time. A batch starts `delayMs` after the first waiting click, or at once when `maxBatch` are
 * waiting; clicks arriving while a batch is being stored wait for it and then go together as the next batch
 * (up to `maxBatch`). So a burst costs a few statements per batch instead of a transaction per click — the
 * busier the links, the larger and cheaper per click the batches — and never more than one batch competes
 * with the redirects for the database or (PGlite runs on this thread) the event loop. Between batches the
 * recorder yields to the event loop, so redirects that arrived during a batch are answered before the next.
 */
export class ClickRecorder {
  #queue: LinkClick[] = [];
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;

  constructor(
    private readonly store: (clicks: readonly LinkClick[]) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 50,
    private readonly maxBatch = 500,
  ) {}

  record(link: LinkClick['link'], at: Date): void {
    this.#queue.push({ link, at });
    // While a batch is being stored, the drain picks these up when it is done.
    if (this.#draining) return;
    if (this.#queue.length >= this.maxBatch) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), this.delayMs).unref();
  }

  /** Stores what is queued; resolves when every click queued so far is stored (or reported as failed). */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      try {
        await this.store(batch);
      } catch (error) {
        this.onError(error);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Clicks waiting to be stored (not counting the batch being stored). */
  get waiting(): number {
    return this.#queue.length;
  }
}
