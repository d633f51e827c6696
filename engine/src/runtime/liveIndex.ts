import type { Condition } from '@journeyflow/shared/journey/condition';
import type { JourneyNodeOf } from '@journeyflow/shared/journey/graph';
import type { EntryNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { entryPluginOf, eventsWaitedForAt } from '../nodes/nodePlugins';
import type { SqlClient } from '../ports/sqlClient';
import { type LoadedVersion, loadVersionFromRow, type VersionCache } from '../step/versionCache';

export type LiveEntry = { readonly version: LoadedVersion; readonly node: JourneyNodeOf<EntryNodeType> };
export type LiveRule = {
  readonly version: LoadedVersion;
  readonly kind: 'goal' | 'exit';
  readonly where?: Condition;
};

const key = (workspaceId: string, name: string) => `${workspaceId}\u0000${name}`;

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/**
 * Live entry nodes and goal/exit rules per workspace and event name, in memory, so matching an event
 * costs no query (SPEC §4). Reloaded when a version goes live or is paused (the lifecycle functions call
 * `invalidate`, the server relays LISTEN/NOTIFY), and checked against a cheap stamp at most once a second
 * so another process's publish is seen even without a notification.
 */
export class LiveIndex {
  private entriesByEvent = new Map<string, LiveEntry[]>();
  private rulesByEvent = new Map<string, LiveRule[]>();
  private entriesBySegment = new Map<string, LiveEntry[]>();
  private liveByWorkspace = new Map<string, LoadedVersion[]>();
  /** Event names some running version's nodes wait for (`waitsFor`): other events skip the wake-up query. */
  private waitedEvents = new Set<string>();
  private stamp = '';
  private checkedAt = 0;
  private stale = true;
  /** A pinned index serves exactly the versions it was given and never reloads (test-run simulator). */
  private pinned = false;

  constructor(
    private readonly versions: VersionCache,
    /** Told about a stored version that cannot be loaded; it is left out, the others are indexed. */
    private readonly onUnloadable: (versionId: string, error: unknown) => void = () => {},
  ) {}

  /** Serves exactly `versions` from now on, ignoring the database (used by `simulateRun`). */
  pin(versions: readonly LoadedVersion[]): void {
    this.build(versions);
    this.pinned = true;
    this.stale = false;
  }

  invalidate(): void {
    this.stale = true;
  }

  async ensureFresh(db: SqlClient): Promise<void> {
    if (this.pinned) return;
    const now = Date.now();
    if (!this.stale && now - this.checkedAt < 1000) return;
    this.checkedAt = now;
    const [row] = await db.query<{ stamp: string }>(
      `select coalesce(max(updated_at)::text, '') || ':' || count(*)::text as stamp from journey_versions
       where status in ('live', 'retired', 'paused')`,
    );
    const stamp = String(row?.stamp ?? '');
    if (!this.stale && stamp === this.stamp) return;
    await this.reload(db);
    this.stamp = stamp;
    this.stale = false;
  }

  private async reload(db: SqlClient): Promise<void> {
    const rows = await db.query(
      `select id as version_id, workspace_id, journey_id, version, graph, settings, status from journey_versions
       where status in ('live', 'retired', 'paused')`,
    );
    const running: LoadedVersion[] = [];
    for (const row of rows) {
      let version = this.versions.peek(String(row.version_id));
      if (!version) {
        // One workspace's unreadable version must not take every workspace's live index down.
        try {
          version = loadVersionFromRow(row);
        } catch (error) {
          this.onUnloadable(String(row.version_id), error);
          continue;
        }
        this.versions.put(version);
      }
      version.status = row.status as LoadedVersion['status'];
      running.push(version);
    }
    this.build(running, true);
  }

  /**
   * Indexes `versions`: the waited-for events of all of them (retired and paused versions still have waiting
   * runs), entries and goal/exit rules of the live ones (`onlyLive`), or of all when pinned.
   */
  private build(versions: readonly LoadedVersion[], onlyLive = false): void {
    const entriesByEvent = new Map<string, LiveEntry[]>();
    const rulesByEvent = new Map<string, LiveRule[]>();
    const entriesBySegment = new Map<string, LiveEntry[]>();
    const liveByWorkspace = new Map<string, LoadedVersion[]>();
    const waitedEvents = new Set<string>();
    for (const version of versions) {
      for (const n of version.graph.nodes) {
        for (const name of eventsWaitedForAt(n)) waitedEvents.add(key(version.workspaceId, name));
      }
      if (onlyLive && version.status !== 'live') continue;
      push(liveByWorkspace, version.workspaceId, version);
      const node = version.compiled.entryNode;
      const ws = version.workspaceId;
      const trigger = entryPluginOf(node).trigger(node);
      switch (trigger.kind) {
        case 'events':
          for (const name of trigger.names) push(entriesByEvent, key(ws, name), { version, node });
          break;
        case 'segment':
          push(entriesBySegment, key(ws, trigger.segmentId), { version, node });
          break;
        case 'schedule': // fired from the `schedules` table (fireSchedules)
        case 'api': // entered by the enroll API (enrollCustomers)
          break;
        default:
          throw new Error(`unknown entry trigger ${(trigger satisfies never as { kind: string }).kind}`);
      }
      const goal = version.settings.goal;
      if (goal)
        push(rulesByEvent, key(ws, goal.event), {
          version,
          kind: 'goal',
          ...(goal.where ? { where: goal.where } : {}),
        });
      for (const exit of version.settings.exitOn) {
        push(rulesByEvent, key(ws, exit.event), {
          version,
          kind: 'exit',
          ...(exit.where ? { where: exit.where } : {}),
        });
      }
    }
    this.entriesByEvent = entriesByEvent;
    this.rulesByEvent = rulesByEvent;
    this.entriesBySegment = entriesBySegment;
    this.liveByWorkspace = liveByWorkspace;
    this.waitedEvents = waitedEvents;
  }

  /** Whether any running version waits for this event (so waiting runs must be looked up). */
  isWaitedFor(workspaceId: string, eventName: string): boolean {
    return this.waitedEvents.has(key(workspaceId, eventName));
  }

  entriesFor(workspaceId: string, eventName: string): readonly LiveEntry[] {
    return this.entriesByEvent.get(key(workspaceId, eventName)) ?? [];
  }

  rulesFor(workspaceId: string, eventName: string): readonly LiveRule[] {
    return this.rulesByEvent.get(key(workspaceId, eventName)) ?? [];
  }

  segmentEntries(workspaceId: string, segmentId: string): readonly LiveEntry[] {
    return this.entriesBySegment.get(key(workspaceId, segmentId)) ?? [];
  }

  liveVersions(workspaceId: string): readonly LoadedVersion[] {
    return this.liveByWorkspace.get(workspaceId) ?? [];
  }
}
