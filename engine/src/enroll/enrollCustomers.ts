import { createHash } from 'node:crypto';
import type { EntryRefusalCode } from '@journeyflow/shared/journey/entryRefusal';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { ensureCustomers } from '../ingest/ensureCustomers';
import { apiEnrollEvent } from '../nodes/entryApi';
import { entryPluginOf } from '../nodes/nodePlugins';
import { createStepEnv, type Engine } from '../runtime/engine';
import { flushWrites } from '../runtime/flushWrites';
import { tryEnter } from '../runtime/startRun';
import { recordRefusal } from '../step/entryRefusals';
import type { TriggerEvent } from '../step/runRecord';

export type EnrollRequest = {
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly customers: readonly {
    readonly externalId: string;
    readonly properties?: Record<string, unknown> | undefined;
  }[];
  readonly idempotencyKey?: string | undefined;
};

/** Why a customer was not entered: an entry refusal code (SPEC §7a), as the trace and stats name it. */
export type EnrollReason = EntryRefusalCode;

export type EnrollResult = {
  readonly externalId: string;
  readonly entered: boolean;
  readonly reason?: EnrollReason;
};

export type EnrollOutcome =
  | { readonly kind: 'enrolled'; readonly replayed: boolean; readonly results: readonly EnrollResult[] }
  /** No live version of the journey (draft, paused, archived, or not yet published). */
  | { readonly kind: 'not_live' }
  /** The live version's entry is not one the API may trigger. */
  | { readonly kind: 'not_api_entry'; readonly entryType: string }
  /** The idempotency key was used before with a different request body. */
  | { readonly kind: 'key_reused' };

const requestHash = (request: EnrollRequest) =>
  createHash('sha256')
    .update(JSON.stringify(request.customers.map((c) => [c.externalId, c.properties ?? {}])))
    .digest('hex');

/**
 * Puts customers into a live journey whose entry is triggered by the API (SPEC §7a enroll), in one
 * transaction: unknown customers are created with an empty profile (as the events API does), each
 * customer's `properties` are the trigger's properties (for `where` and for templates), and the entry
 * plugin's `where` and the journey's entry rules (re-entry, entry limit, active period) decide; consent
 * is not asked at entry (sends check it). With an `idempotencyKey`, the key is claimed first in the same
 * transaction, so a repeat (even a concurrent one) enters nobody and gets the first call's results.
 */
export async function enrollCustomers(engine: Engine, request: EnrollRequest): Promise<EnrollOutcome> {
  const { db, clock, ids } = engine.ports;
  await engine.index.ensureFresh(db);
  const version = engine.index
    .liveVersions(request.workspaceId)
    .find((v) => v.journeyId === request.journeyId && v.status === 'live');
  if (!version) return { kind: 'not_live' };
  const entry = version.compiled.entryNode;
  const plugin = entryPluginOf(entry);
  if (plugin.trigger(entry).kind !== 'api') return { kind: 'not_api_entry', entryType: entry.type };
  const hash = requestHash(request);
  const key = request.idempotencyKey;
  return db.transaction(async (tx): Promise<EnrollOutcome> => {
    const now = clock.now();
    if (key !== undefined) {
      const claimed = await tx.query(
        `insert into enroll_requests (workspace_id, journey_id, idempotency_key, request_hash, created_at)
         values ($1, $2, $3, $4, $5::timestamptz) on conflict do nothing returning 1 as claimed`,
        [request.workspaceId, request.journeyId, key, hash, now.toISOString()],
      );
      if (claimed.length === 0) {
        const [seen] = await tx.query<{ request_hash: string; results: unknown }>(
          `select request_hash, results from enroll_requests
            where workspace_id = $1 and journey_id = $2 and idempotency_key = $3`,
          [request.workspaceId, request.journeyId, key],
        );
        if (seen?.request_hash !== hash) return { kind: 'key_reused' };
        const raw = typeof seen.results === 'string' ? JSON.parse(seen.results) : seen.results;
        const stored = (raw ?? []) as Omit<EnrollResult, 'externalId'>[];
        // The same hash means the same customers in the same order: the stored answers line up.
        const results = request.customers.map((c, i) => ({ externalId: c.externalId, ...stored[i]! }));
        return { kind: 'enrolled', replayed: true, results };
      }
    }
    const env = createStepEnv(engine, tx, now);
    const customers = await ensureCustomers(
      env,
      request.workspaceId,
      request.customers.map((c) => c.externalId),
    );
    const callId = ids.newId('enr');
    const results: EnrollResult[] = [];
    for (const [index, asked] of request.customers.entries()) {
      const customer = customers.get(asked.externalId);
      if (!customer) throw new Error(`customer ${asked.externalId} was neither found nor created`);
      const trigger: TriggerEvent = {
        id: `${callId}_${index}`,
        name: apiEnrollEvent,
        properties: asked.properties ?? {},
        ts: now.toISOString(),
      };
      const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
      const match = await plugin.match({ env, node: entry, customer, trigger, timezone });
      if (!match.enter) {
        if (match.refusal) recordRefusal(env, version, customer.id, match.refusal);
        results.push({
          externalId: asked.externalId,
          entered: false,
          reason: match.refusal?.code ?? 'where_mismatch',
        });
        continue;
      }
      const entryKey = `${customer.id}:api:${key ?? callId}:${index}`;
      const entered = await tryEnter(env, version, {
        customer,
        key: entryKey,
        trigger,
        reason: match.reason,
      });
      results.push(
        entered.run
          ? { externalId: asked.externalId, entered: true }
          : {
              externalId: asked.externalId,
              entered: false,
              reason: entered.refusal?.code ?? 'reentry_refused',
            },
      );
    }
    await flushWrites(tx, env.writes, now);
    if (key !== undefined) {
      await tx.query(
        `update enroll_requests set results = $4::text::jsonb
          where workspace_id = $1 and journey_id = $2 and idempotency_key = $3`,
        // Without the external ids: no personal data at rest here (a privacy erase need not look here).
        [
          request.workspaceId,
          request.journeyId,
          key,
          JSON.stringify(results.map(({ externalId: _, ...r }) => r)),
        ],
      );
    }
    return { kind: 'enrolled', replayed: false, results };
  });
}
