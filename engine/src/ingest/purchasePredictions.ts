import {
  MAX_GAPS,
  PURCHASE_EVENTS,
  type PurchasePrediction,
  type PurchasePrior,
  predictNextPurchase,
  purchasePrior,
} from '@journeyflow/shared/prediction/predictNextPurchase';
import type { SqlClient } from '../ports/sqlClient';
import type { StepEnv } from '../step/stepEnv';

/** Purchases kept per customer for the prediction (the gaps between them). */
const HISTORY = MAX_GAPS + 1;
/** Gaps sampled for a workspace's prior: its most recent purchases, bounded so the query stays cheap. */
const PRIOR_SAMPLE = 5000;
/** How long a workspace prior is reused by the ingestion path; the nightly job recomputes it. */
const PRIOR_TTL_MS = 3_600_000;

/** Per database, per workspace: the last prior found (workspaces without one yet are asked again). */
const priors = new WeakMap<object, Map<string, { prior: PurchasePrior; at: number }>>();

/** The workspace's typical gap between purchases, from its most recent purchase pairs (days). */
export async function loadPurchasePrior(
  sql: SqlClient,
  workspaceId: string,
  now: Date,
  options: { readonly cached?: boolean; readonly cacheKey?: object } = {},
): Promise<PurchasePrior | undefined> {
  const cached = options.cached ?? true;
  const key = options.cacheKey ?? sql;
  const byWorkspace = priors.get(key) ?? new Map<string, { prior: PurchasePrior; at: number }>();
  priors.set(key, byWorkspace);
  const hit = byWorkspace.get(workspaceId);
  if (cached && hit && now.getTime() - hit.at < PRIOR_TTL_MS && now.getTime() >= hit.at) return hit.prior;
  const rows = await sql.query<{ gap: number }>(
    `select extract(epoch from ts - prev)::float8 / 86400 as gap from (
       select ts, lag(ts) over (partition by customer_id order by ts) as prev
         from (select customer_id, ts from events where workspace_id = $1 and name = any($2::text[])
                order by ts desc limit $3) recent
     ) pairs where prev is not null and ts - prev >= interval '12 hours'`,
    [workspaceId, PURCHASE_EVENTS, PRIOR_SAMPLE],
  );
  const prior = purchasePrior(rows.map((r) => Number(r.gap)));
  if (prior) byWorkspace.set(workspaceId, { prior, at: now.getTime() });
  return prior;
}

/** Each customer's latest purchases (at most HISTORY), one query for the lot. */
export async function loadPurchaseHistories(
  sql: SqlClient,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, Date[]>> {
  const rows = await sql.query<{ customer_id: string; ts: Date | string }>(
    `select customer_id, ts from (
       select customer_id, ts, row_number() over (partition by customer_id order by ts desc) as n
         from events where workspace_id = $1 and customer_id = any($2::text[]) and name = any($3::text[])
     ) recent where n <= $4`,
    [workspaceId, customerIds, PURCHASE_EVENTS, HISTORY],
  );
  const out = new Map<string, Date[]>();
  for (const row of rows) {
    const list = out.get(row.customer_id) ?? [];
    list.push(new Date(row.ts));
    out.set(row.customer_id, list);
  }
  return out;
}

/** The built-in `predicted` attribute of each customer (absent when there is nothing to predict from). */
export async function predictCustomers(
  sql: SqlClient,
  workspaceId: string,
  customerIds: readonly string[],
  prior: PurchasePrior | undefined,
): Promise<Map<string, PurchasePrediction>> {
  const histories = await loadPurchaseHistories(sql, workspaceId, customerIds);
  const out = new Map<string, PurchasePrediction>();
  for (const [customerId, purchases] of histories) {
    const prediction = predictNextPurchase(purchases, prior);
    if (prediction) out.set(customerId, prediction);
  }
  return out;
}

/**
 * The ingestion hook: customers who just bought get their `predicted.*` fields recomputed in the same
 * transaction, before journeys react to the events (so a `wait.predicted` entered by this purchase waits
 * for the new date). One history query for the batch; the workspace prior is cached for an hour.
 */
export async function updatePurchasePredictions(
  env: StepEnv,
  workspaceId: string,
  events: readonly { readonly customerId: string; readonly name: string }[],
): Promise<void> {
  const buyers = [
    ...new Set(events.filter((e) => PURCHASE_EVENTS.includes(e.name)).map((e) => e.customerId)),
  ];
  if (buyers.length === 0) return;
  const prior = await loadPurchasePrior(env.tx, workspaceId, env.now, { cacheKey: env.ports.db });
  const predictions = await predictCustomers(env.tx, workspaceId, buyers, prior);
  for (const [customerId, predicted] of predictions) {
    env.writes.patchAttributes(customerId, { predicted });
    const customer = env.customers.get(customerId);
    if (customer) customer.attributes = { ...customer.attributes, predicted };
  }
}
