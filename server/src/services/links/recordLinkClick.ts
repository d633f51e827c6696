import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import type { TrackEventRequest } from '@journeyflow/shared/api/events';
import type { AudienceIngestion } from '../audience/audienceIngestion';
import { trackEvents } from '../ingestionService';
import type { ShortLinkTarget } from './shortLinkCache';

/** The click statements' text is fixed: parsed and planned once per connection. */
const prepared = { prepare: true } as const;

/** One human click on a tracked link, as the redirect saw it. */
export type LinkClick = { readonly link: ShortLinkTarget; readonly at: Date };
type Click = LinkClick;

/**
 * Records a batch of human clicks on tracked links: the links' counters move (`clicks` always,
 * `first_clicked_at` once) and each click becomes a `message_clicked` event `{ messageId, journeyId,
 * nodeId, url, channel, unique }` through the normal event ingestion, so `wait.event`, goals, the
 * timeline and reports see it. `unique` is true for the first click on any link of its message.
 */
export async function recordLinkClicks(
  engine: Engine,
  ingestion: AudienceIngestion,
  clicks: readonly Click[],
): Promise<void> {
  if (clicks.length === 0) return;
  const seen = new Set<string>();
  const live = new Set<string>();
  for (const [workspaceId, inWorkspace] of groupBy(clicks, (c) => c.link.workspaceId)) {
    const counted = await countClicks(engine.ports.db, workspaceId, inWorkspace);
    for (const messageId of counted.clickedBefore) seen.add(`${workspaceId}\u0000${messageId}`);
    for (const code of counted.stored) live.add(`${workspaceId}\u0000${code}`);
  }
  // Only links still stored count: a link erased with its customer (privacy request) records nothing,
  // even while a process still has it cached.
  const counted = clicks.filter((c) => live.has(`${c.link.workspaceId}\u0000${c.link.code}`));
  await traceClicks(engine, counted);
  const byWorkspace = new Map<string, TrackEventRequest[]>();
  for (const { link, at } of counted) {
    const key = `${link.workspaceId}\u0000${link.messageId}`;
    const unique = !seen.has(key);
    seen.add(key);
    const events = byWorkspace.get(link.workspaceId) ?? [];
    events.push({
      externalId: link.externalId,
      name: 'message_clicked',
      timestamp: at.toISOString(),
      properties: {
        messageId: link.messageId,
        journeyId: link.journeyId,
        nodeId: link.nodeId,
        url: link.url,
        channel: link.channel,
        unique,
      },
    });
    byWorkspace.set(link.workspaceId, events);
  }
  for (const [workspaceId, events] of byWorkspace) await trackEvents(ingestion, workspaceId, events);
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/**
 * Moves one workspace's link counters; answers the messages clicked before this batch and the codes still
 * stored. The links are looked up as `workspace_id = $1 and <key> = any(...)`, which the planner answers
 * with the (workspace_id, code) and (workspace_id, message_id) indexes whatever its statistics say: a join
 * with the unnested batch was planned as a hash join over a scan of every link when statistics were
 * missing or stale (always, on PGlite before it analyzed), ~1 ms of blocked event loop per click.
 */
async function countClicks(
  db: SqlClient,
  workspaceId: string,
  clicks: readonly Click[],
): Promise<{ clickedBefore: string[]; stored: string[] }> {
  const before = await db.query<{ message_id: string }>(
    `select distinct message_id from short_links
      where workspace_id = $1 and message_id = any($2::text[]) and first_clicked_at is not null`,
    [workspaceId, [...new Set(clicks.map((c) => c.link.messageId))]],
    prepared,
  );
  const stored = await db.query<{ code: string }>(
    `with c as (
       select code, count(*)::int as n, min(at) as first_at
         from unnest($2::text[], $3::timestamptz[]) as u(code, at)
        group by code
     )
     update short_links s set clicks = s.clicks + c.n, first_clicked_at = coalesce(s.first_clicked_at, c.first_at)
       from c where s.workspace_id = $1 and s.code = any($4::text[]) and s.code = c.code
     returning s.code`,
    [
      workspaceId,
      clicks.map((c) => c.link.code),
      clicks.map((c) => c.at.toISOString()),
      [...new Set(clicks.map((c) => c.link.code))],
    ],
    prepared,
  );
  return { clickedBefore: before.map((r) => r.message_id), stored: stored.map((r) => r.code) };
}

/**
 * A `note` line in the run's trace for each click ("link clicked: <url>"), on the send node, so the
 * customer's trace shows it where the message was sent. It takes the run's latest sequence number, so the
 * engine's own numbering goes on unchanged.
 */
async function traceClicks(engine: Engine, clicks: readonly Click[]): Promise<void> {
  const traced = clicks.filter((c) => c.link.runId && c.link.journeyId && c.link.nodeId);
  if (traced.length === 0) return;
  const ids = engine.ports.ids;
  await engine.ports.db.query(
    `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle,
       reason, kind, seq, at)
     select u.id, r.id, r.workspace_id, r.customer_id, r.journey_id, r.version, u.node_id, 'send', null, u.reason,
            'note', coalesce((select max(t.seq) from run_trace t where t.run_id = r.id), 0), u.at
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
         as u(id, run_id, node_id, reason, at)
       join runs r on r.id = u.run_id`,
    [
      traced.map(() => ids.newId('trc')),
      traced.map((c) => c.link.runId),
      traced.map((c) => c.link.nodeId),
      traced.map((c) => `link clicked: ${c.link.url.slice(0, 300)}`),
      traced.map((c) => c.at.toISOString()),
    ],
    prepared,
  );
}
