import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/** What a redirect needs to know about a short link (its row in `short_links`). */
export type ShortLinkTarget = {
  readonly code: string;
  readonly workspaceId: string;
  readonly url: string;
  readonly messageId: string;
  readonly runId: string | null;
  readonly customerId: string;
  readonly journeyId: string | null;
  readonly nodeId: string | null;
  readonly externalId: string;
  readonly channel: string;
  readonly expiresAt: Date;
};

type Row = {
  code: string;
  workspace_id: string;
  url: string;
  message_id: string;
  run_id: string | null;
  customer_id: string;
  journey_id: string | null;
  node_id: string | null;
  external_id: string;
  channel: string;
  expires_at: Date | string;
};

const toTarget = (row: Row): ShortLinkTarget => ({
  code: row.code,
  workspaceId: row.workspace_id,
  url: row.url,
  messageId: row.message_id,
  runId: row.run_id,
  customerId: row.customer_id,
  journeyId: row.journey_id,
  nodeId: row.node_id,
  externalId: row.external_id,
  channel: row.channel,
  expiresAt: new Date(row.expires_at),
});

/**
 * Short links by code, least recently used first out. Links never change once written, so a cached entry
 * stays right until the process ends; the table is the truth, so the cache survives nothing and needs not.
 */
export class ShortLinkCache {
  readonly #entries = new Map<string, ShortLinkTarget>();

  constructor(
    private readonly sql: SqlClient,
    private readonly capacity = 50_000,
  ) {}

  async get(code: string): Promise<ShortLinkTarget | undefined> {
    const hit = this.#entries.get(code);
    if (hit) {
      this.#entries.delete(code);
      this.#entries.set(code, hit);
      return hit;
    }
    const [row] = await this.sql.query<Row>(
      `select code, workspace_id, url, message_id, run_id, customer_id, journey_id, node_id, external_id, channel, expires_at
         from short_links where code = $1 limit 1`,
      [code],
    );
    if (!row) return undefined;
    const target = toTarget(row);
    this.#remember(target);
    return target;
  }

  /**
   * Loads the most recently sent links that still work (up to the capacity), so the first clicks after a
   * restart are answered from memory too. Resolves with how many were loaded.
   */
  async warm(limit = this.capacity): Promise<number> {
    const rows = await this.sql.query<Row>(
      `select code, workspace_id, url, message_id, run_id, customer_id, journey_id, node_id, external_id, channel,
              expires_at
         from short_links where expires_at > now() order by created_at desc limit $1`,
      [Math.min(limit, this.capacity)],
    );
    for (const row of rows.reverse()) this.#remember(toTarget(row));
    return rows.length;
  }

  #remember(target: ShortLinkTarget): void {
    this.#entries.delete(target.code);
    this.#entries.set(target.code, target);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
