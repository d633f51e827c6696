import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

export type RfmOptions = {
  readonly now: Date;
  /** Only these customers (after their purchase events); omitted → the whole workspace (nightly). */
  readonly customerIds?: readonly string[];
  /** Amounts in another currency are not added to monetary_90d; events without `currency` count. */
  readonly currency?: string;
  /** The event that counts as a purchase. */
  readonly purchaseEvent?: string;
};

/**
 * Recomputes `last_purchase_at`, `frequency_90d` and `monetary_90d` from the purchase events in one
 * set-based UPDATE. Called for the buyers after each purchase batch (exact, and cheap thanks to the
 * (workspace, customer, name, ts) index) and nightly for everyone, which ages purchases out of the
 * 90-day window. `recency_days` is derived from `last_purchase_at` when read. Returns the customers
 * whose metrics changed.
 */
export const recomputeRfm = async (
  sql: SqlClient,
  workspaceId: string,
  options: RfmOptions,
): Promise<string[]> => {
  const params: unknown[] = [
    workspaceId,
    options.now.toISOString(),
    options.purchaseEvent ?? 'purchase',
    options.currency ?? 'KRW',
  ];
  let scope = '';
  if (options.customerIds) {
    if (options.customerIds.length === 0) return [];
    params.push([...new Set(options.customerIds)]);
    scope = 'and c.id = any($5::text[])';
  }
  const rows = await sql.query<{ id: string }>(
    `with agg as (
       select c.id,
              (select max(e.ts) from events e
                where e.workspace_id = $1 and e.customer_id = c.id and e.name = $3 and e.ts <= $2::timestamptz) as last_at,
              count(e90.id)::int as freq,
              coalesce(sum(case when jsonb_typeof(e90.properties -> 'amount') = 'number'
                                 and coalesce(e90.properties ->> 'currency', $4) = $4
                                then (e90.properties -> 'amount')::float8 else 0 end), 0)::float8 as monetary
         from customers c
         left join events e90 on e90.workspace_id = $1 and e90.customer_id = c.id and e90.name = $3
              and e90.ts > $2::timestamptz - interval '90 days' and e90.ts <= $2::timestamptz
        where c.workspace_id = $1 ${scope}
        group by c.id
     )
     update customers c set last_purchase_at = agg.last_at, frequency_90d = agg.freq, monetary_90d = agg.monetary
       from agg
      where c.id = agg.id
        and (c.last_purchase_at is distinct from agg.last_at or c.frequency_90d <> agg.freq or c.monetary_90d <> agg.monetary)
     returning c.id`,
    params,
  );
  return rows.map((row) => row.id);
};
