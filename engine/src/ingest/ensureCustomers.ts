import { type CustomerRecord, customerColumns, customerFromRow } from '../step/customerRecord';
import type { StepEnv } from '../step/stepEnv';

const prepared = { prepare: true } as const;

/**
 * Creates the unknown customers and locks every customer of the batch (two CTEs, no `with`, so
 * `storeEvents` can continue them): `created` returns the rows this statement inserted (locked as ours),
 * `locked` reads and locks the others. Parameters: $1 workspace, $2 new ids, $3 external ids, $4 now.
 * Locking serialises concurrent ingestion per customer, so re-entry checks cannot race; the lock order is
 * by id for every writer.
 */
export const upsertAndLockCustomers = `created as (
    insert into customers (id, workspace_id, external_id, created_at, updated_at)
    select u.id, $1, u.external_id, $4::timestamptz, $4::timestamptz
      from unnest($2::text[], $3::text[]) as u(id, external_id)
    on conflict (workspace_id, external_id) do nothing
    returning ${customerColumns}
  ), locked as (
    select ${customerColumns} from customers where workspace_id = $1 and external_id = any($3::text[])
     order by id for update
  )`;

/** Customers and their locks in ONE statement (one round trip). */
const upsertAndLock = `with ${upsertAndLockCustomers}
  select * from created union all select * from locked`;

const lockOnly = `select ${customerColumns} from customers where workspace_id = $1 and external_id = any($2::text[])
  order by id for update`;

/**
 * Finds customers by external id and creates the unknown ones with an empty profile: an event may
 * arrive before the customer's profile (SPEC §7 leaves this open; we auto-create, as Segment does).
 */
export async function ensureCustomers(
  env: StepEnv,
  workspaceId: string,
  externalIds: readonly string[],
): Promise<Map<string, CustomerRecord>> {
  const unique = [...new Set(externalIds)];
  const byExternalId = new Map<string, CustomerRecord>();
  const keep = (rows: readonly Record<string, unknown>[]) => {
    for (const row of rows) {
      const customer = customerFromRow(row);
      byExternalId.set(customer.externalId, customer);
      env.customers.set(customer.id, customer);
    }
  };
  keep(
    await env.tx.query(
      upsertAndLock,
      [workspaceId, unique.map(() => env.ports.ids.newId('cus')), unique, env.now.toISOString()],
      prepared,
    ),
  );
  // A customer another transaction created (and committed) while this statement waited for it is in
  // neither set — the statement's snapshot predates it — so it is read and locked again (rare).
  const missing = unique.filter((id) => !byExternalId.has(id));
  if (missing.length > 0) keep(await env.tx.query(lockOnly, [workspaceId, missing], prepared));
  return byExternalId;
}

/** Reads and locks customers known to exist (created by a transaction that committed meanwhile). */
export async function lockCustomers(
  env: StepEnv,
  workspaceId: string,
  externalIds: readonly string[],
): Promise<CustomerRecord[]> {
  const rows = await env.tx.query(lockOnly, [workspaceId, externalIds], prepared);
  return rows.map((row) => {
    const customer = customerFromRow(row);
    env.customers.set(customer.id, customer);
    return customer;
  });
}
