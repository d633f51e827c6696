import { createStepEnv, type Engine } from '../runtime/engine';
import { flushWrites } from '../runtime/flushWrites';
import { type CustomerRecord, customerColumns, customerFromRow } from '../step/customerRecord';
import type { AudienceHooks } from './audienceStage';
import { audienceStageInTx } from './ingestEvents';

/** A customer upsert as the engine takes it (SPEC §6: consent values are ISO dates, or null when withdrawn). */
export type CustomerUpsert = {
  readonly externalId: string;
  readonly attributes?: Record<string, unknown> | undefined;
  readonly timezone?: string | undefined;
  readonly locale?: string | undefined;
  readonly grade?: string | undefined;
  readonly consent?: Record<string, string | null | undefined> | undefined;
};

export type UpsertResult = {
  readonly created: number;
  readonly updated: number;
};

function merge(inputs: readonly CustomerUpsert[]): CustomerUpsert[] {
  const byId = new Map<string, CustomerUpsert>();
  for (const input of inputs) {
    const prev = byId.get(input.externalId);
    byId.set(
      input.externalId,
      prev
        ? {
            ...prev,
            ...input,
            attributes: { ...prev.attributes, ...input.attributes },
            consent: { ...prev.consent, ...input.consent },
          }
        : input,
    );
  }
  return [...byId.values()];
}

/**
 * Upserts customers by external id (attributes and consent merged into what is stored). `entry.segment`
 * runs start from the audience stage (segment membership → `enterSegment`), which runs in the same
 * transaction when `audience` is given.
 */
export async function upsertCustomers(
  engine: Engine,
  workspaceId: string,
  inputs: readonly CustomerUpsert[],
  audience?: AudienceHooks,
): Promise<UpsertResult> {
  const { db, clock, ids } = engine.ports;
  await engine.index.ensureFresh(db);
  const merged = merge(inputs);
  if (merged.length === 0) return { created: 0, updated: 0 };
  return db.transaction(async (tx) => {
    const now = clock.now();
    const env = createStepEnv(engine, tx, now);
    const before = new Map<string, CustomerRecord>();
    for (const row of await tx.query(
      `select ${customerColumns} from customers where workspace_id = $1 and external_id = any($2::text[]) for update`,
      [workspaceId, merged.map((m) => m.externalId)],
    )) {
      const customer = customerFromRow(row);
      before.set(customer.externalId, customer);
    }
    const rows = await tx.query(
      `insert into customers (id, workspace_id, external_id, attributes, timezone, locale, grade, consent, phone, email,
         created_at, updated_at)
       select u.id, $1, u.external_id, coalesce(u.attributes::jsonb, '{}'::jsonb), u.timezone, u.locale, u.grade,
         coalesce(u.consent::jsonb, '{}'::jsonb), u.phone, u.email, $11::timestamptz, $11::timestamptz
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
         as u(id, external_id, attributes, timezone, locale, grade, consent, phone, email)
       on conflict (workspace_id, external_id) do update set
         attributes = customers.attributes || excluded.attributes,
         timezone = coalesce(excluded.timezone, customers.timezone),
         locale = coalesce(excluded.locale, customers.locale),
         grade = coalesce(excluded.grade, customers.grade),
         consent = customers.consent || excluded.consent,
         phone = coalesce(excluded.phone, customers.phone),
         email = coalesce(excluded.email, customers.email),
         updated_at = excluded.updated_at
       returning ${customerColumns}`,
      [
        workspaceId,
        merged.map(() => ids.newId('cus')),
        merged.map((m) => m.externalId),
        merged.map((m) => JSON.stringify(m.attributes ?? {})),
        merged.map((m) => m.timezone ?? null),
        merged.map((m) => m.locale ?? null),
        merged.map((m) => m.grade ?? (typeof m.attributes?.grade === 'string' ? m.attributes.grade : null)),
        merged.map((m) => JSON.stringify(m.consent ?? {})),
        merged.map((m) => (m.attributes?.phone === undefined ? null : String(m.attributes.phone))),
        merged.map((m) => (m.attributes?.email === undefined ? null : String(m.attributes.email))),
        now.toISOString(),
      ],
    );
    const after = rows.map(customerFromRow);
    for (const customer of after) env.customers.set(customer.id, customer);

    await flushWrites(tx, env.writes, now);
    if (audience)
      await audienceStageInTx(
        engine,
        tx,
        workspaceId,
        { customerIds: after.map((c) => c.id), events: [], now },
        audience,
      );
    return { created: merged.length - before.size, updated: before.size };
  });
}
