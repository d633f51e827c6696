import { type CustomerRecord, customerColumns, customerFromRow } from '../step/customerRecord';
import type { StepEnv } from '../step/stepEnv';

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
  await env.tx.query(
    `insert into customers (id, workspace_id, external_id, created_at, updated_at)
     select u.id, $1, u.external_id, $4::timestamptz, $4::timestamptz from unnest($2::text[], $3::text[]) as u(id, external_id)
     on conflict (workspace_id, external_id) do nothing`,
    [workspaceId, unique.map(() => env.ports.ids.newId('cus')), unique, env.now.toISOString()],
  );
  const rows = await env.tx.query(
    // Locking the customers serialises concurrent ingestion per customer, so re-entry checks cannot race.
    `select ${customerColumns} from customers where workspace_id = $1 and external_id = any($2::text[])
      order by id for update`,
    [workspaceId, unique],
  );
  const byExternalId = new Map<string, CustomerRecord>();
  for (const row of rows) {
    const customer = customerFromRow(row);
    byExternalId.set(customer.externalId, customer);
    env.customers.set(customer.id, customer);
  }
  return byExternalId;
}
