import { PURCHASE_EVENTS } from '@journeyflow/shared/prediction/predictNextPurchase';
import type { SqlClient } from '../ports/sqlClient';
import { loadPurchasePrior, predictCustomers } from './purchasePredictions';

/** Customers recomputed per statement pair (history read, attribute update). */
const PAGE = 1000;

/**
 * The nightly prediction job for one workspace: a fresh workspace prior, then every customer with a
 * purchase, page by page (keyset on id), gets `predicted.*` recomputed — the prior moves, so do the
 * one- and two-purchase customers' dates. Returns how many customers carry a prediction.
 */
export async function recomputePurchasePredictions(
  sql: SqlClient,
  workspaceId: string,
  now: Date,
): Promise<number> {
  const prior = await loadPurchasePrior(sql, workspaceId, now, { cached: false });
  let after = '';
  let updated = 0;
  for (;;) {
    const page = await sql.query<{ id: string }>(
      `select c.id from customers c
        where c.workspace_id = $1 and c.id > $2
          and exists (select 1 from events e where e.workspace_id = c.workspace_id and e.customer_id = c.id
                        and e.name = any($3::text[]))
        order by c.id limit $4`,
      [workspaceId, after, PURCHASE_EVENTS, PAGE],
    );
    if (page.length === 0) return updated;
    after = page.at(-1)!.id;
    const predictions = await predictCustomers(
      sql,
      workspaceId,
      page.map((r) => r.id),
      prior,
    );
    if (predictions.size > 0) {
      const entries = [...predictions];
      await sql.query(
        `update customers c set attributes = c.attributes || jsonb_build_object('predicted', u.predicted::jsonb)
           from unnest($2::text[], $3::text[]) as u(id, predicted)
          where c.workspace_id = $1 and c.id = u.id`,
        [workspaceId, entries.map(([id]) => id), entries.map(([, p]) => JSON.stringify(p))],
      );
      updated += entries.length;
    }
    if (page.length < PAGE) return updated;
  }
}
