import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { builtInAttributePaths, type WorkspaceCatalog } from '@journeyflow/shared/api/catalog';

export type CatalogOptions = {
  readonly now: Date;
  /** Event figures cover this many days back (default 90). */
  readonly windowDays?: number;
  /** Events and profiles sampled for property and attribute keys (default 20,000 / 2,000). */
  readonly eventSample?: number;
  readonly customerSample?: number;
};

const DAY_MS = 86_400_000;
const MAX_EVENT_NAMES = 200;
const MAX_KEYS = 100;

/**
 * What the workspace's data contains, for autocomplete: event names counted over the window (one
 * aggregate over the workspace's events), property keys from a sample of the newest events, and custom
 * attribute paths (one level of nesting, dotted) from a sample of profiles. Read-only; nothing is stored.
 */
export async function loadWorkspaceCatalog(
  sql: SqlClient,
  workspaceId: string,
  options: CatalogOptions,
): Promise<WorkspaceCatalog> {
  const windowDays = options.windowDays ?? 90;
  const since = new Date(options.now.getTime() - windowDays * DAY_MS);
  const [names, keys, attributes] = await Promise.all([
    sql.query<{ name: string; n: number | string; last_seen: string | Date }>(
      `select name, count(*) as n, max(ts) as last_seen from events
       where workspace_id = $1 and ts >= $2
       group by name order by count(*) desc, name limit $3`,
      [workspaceId, since.toISOString(), MAX_EVENT_NAMES],
    ),
    sql.query<{ name: string; key: string }>(
      `select name, key from (
         select e.name, k.key, count(*) as n
         from (select name, properties from events
               where workspace_id = $1 and ts >= $2
               order by received_at desc limit $3) e
         cross join lateral jsonb_object_keys(case when jsonb_typeof(e.properties) = 'object'
                                                   then e.properties else '{}'::jsonb end) as k(key)
         group by e.name, k.key) counted
       order by name, n desc, key`,
      [workspaceId, since.toISOString(), options.eventSample ?? 20_000],
    ),
    sql.query<{ path: string }>(
      `select path from (
         select case when jsonb_typeof(c.attributes -> k.key) = 'object'
                     then k.key || '.' || n.key else k.key end as path,
                count(*) as n
         from (select attributes from customers where workspace_id = $1
               order by updated_at desc limit $2) c
         cross join lateral jsonb_object_keys(case when jsonb_typeof(c.attributes) = 'object'
                                                   then c.attributes else '{}'::jsonb end) as k(key)
         left join lateral jsonb_object_keys(case when jsonb_typeof(c.attributes -> k.key) = 'object'
                                                  then c.attributes -> k.key else '{}'::jsonb end) as n(key) on true
         group by 1) counted
       order by n desc, path limit $3`,
      [workspaceId, options.customerSample ?? 2_000, MAX_KEYS],
    ),
  ]);

  const propertiesByName = new Map<string, string[]>();
  for (const row of keys) {
    const list = propertiesByName.get(row.name) ?? [];
    if (list.length < MAX_KEYS) list.push(row.key);
    propertiesByName.set(row.name, list);
  }
  const builtIns = new Set<string>(builtInAttributePaths);
  return {
    windowDays,
    events: names.map((row) => ({
      name: row.name,
      count: Number(row.n),
      lastSeenAt: new Date(row.last_seen).toISOString(),
      properties: propertiesByName.get(row.name) ?? [],
    })),
    attributes: [
      ...builtInAttributePaths,
      ...attributes.map((row) => row.path).filter((p) => !builtIns.has(p)),
    ],
  };
}
