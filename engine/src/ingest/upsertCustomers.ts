import type { Condition } from '@journeyflow/shared/journey/condition';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { entryPluginOf } from '../nodes/nodePlugins';
import { type CustomerRecord, customerColumns, customerFromRow } from '../runtime/customerRecord';
import { createStepEnv, type Engine } from '../runtime/engine';
import { evaluateForRun } from '../runtime/evaluateForRun';
import { flushWrites } from '../runtime/flushWrites';
import { tryEnter } from '../runtime/startRun';
import type { StepEnv } from '../runtime/stepEnv';

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
  readonly runsStarted: number;
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

async function dynamicSegmentConditions(
  env: StepEnv,
  segmentIds: readonly string[],
): Promise<Map<string, Condition>> {
  const conditions = new Map<string, Condition>();
  if (segmentIds.length === 0 || !env.tables.has('segments')) return conditions;
  const rows = await env.tx.query<{ id: string; condition: Condition | null }>(
    `select id, condition from segments where id = any($1::text[]) and type = 'dynamic' and condition is not null`,
    [segmentIds],
  );
  for (const row of rows) if (row.condition) conditions.set(row.id, row.condition);
  return conditions;
}

/**
 * Upserts customers by external id (attributes and consent merged into what is stored). Without the
 * audience area's `segment_members`, it also starts `entry.segment` runs for customers who now match a
 * live journey's dynamic segment and did not before (a simple stand-alone evaluation).
 */
export async function upsertCustomers(
  engine: Engine,
  workspaceId: string,
  inputs: readonly CustomerUpsert[],
): Promise<UpsertResult> {
  const { db, clock, ids } = engine.ports;
  await engine.index.ensureFresh(db);
  const merged = merge(inputs);
  if (merged.length === 0) return { created: 0, updated: 0, runsStarted: 0 };
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

    let runsStarted = 0;
    // Live versions entered by joining a segment (the entry plugin says which), with that segment.
    const segmentVersions = engine.index.liveVersions(workspaceId).flatMap((version) => {
      const entry = version.compiled.entryNode;
      const trigger = entryPluginOf(entry).trigger(entry);
      return trigger.kind === 'segment' ? [{ version, segmentId: trigger.segmentId }] : [];
    });
    // With the audience area (segment_members) the segments service keeps membership incrementally and
    // calls `enterSegment`; evaluating here too would enter customers twice.
    if (segmentVersions.length > 0 && !env.tables.has('segment_members')) {
      const conditions = await dynamicSegmentConditions(
        env,
        segmentVersions.map((v) => v.segmentId),
      );
      for (const customer of after) {
        const previous = before.get(customer.externalId);
        for (const { version, segmentId } of segmentVersions) {
          const condition = conditions.get(segmentId);
          if (!condition) continue;
          const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
          const now_ = await evaluateForRun(env, condition, customer, null, timezone);
          if (!now_.result) continue;
          if (previous && (await evaluateForRun(env, condition, previous, null, timezone)).result) continue;
          const entered = await tryEnter(
            env,
            version,
            customer,
            `${customer.id}:segment:${now.toISOString()}`,
            null,
          );
          if (entered.run) runsStarted++;
        }
      }
    }
    await flushWrites(tx, env.writes, now);
    return { created: merged.length - before.size, updated: before.size, runsStarted };
  });
}

/**
 * Starts `entry.segment` runs for customers who just joined a segment; called by the segments service
 * with the members `updateSegmentMembership` reports as entering.
 */
export async function enterSegment(
  engine: Engine,
  args: { readonly workspaceId: string; readonly segmentId: string; readonly customerIds: readonly string[] },
): Promise<number> {
  const { db, clock } = engine.ports;
  await engine.index.ensureFresh(db);
  const versions = engine.index.segmentEntries(args.workspaceId, args.segmentId);
  if (versions.length === 0 || args.customerIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const now = clock.now();
    const env = createStepEnv(engine, tx, now);
    const rows = await tx.query(
      `select ${customerColumns} from customers where workspace_id = $1 and id = any($2::text[])`,
      [args.workspaceId, args.customerIds],
    );
    let started = 0;
    for (const row of rows) {
      const customer = customerFromRow(row);
      for (const { version } of versions) {
        const entered = await tryEnter(
          env,
          version,
          customer,
          `${customer.id}:segment:${now.toISOString()}`,
          null,
        );
        if (entered.run) started++;
      }
    }
    await flushWrites(tx, env.writes, now);
    return started;
  });
}
