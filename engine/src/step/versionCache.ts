import { type JourneyGraph, journeyGraphSchema } from '@journeyflow/shared/journey/graph';
import {
  type JourneySettings,
  journeySettingsSchema,
  type ResolvedJourneySettings,
  resolveJourneySettings,
} from '@journeyflow/shared/journey/journeySettings';
import { parseStored } from '@journeyflow/shared/limits';
import { type CompiledJourney, compileJourney } from '../journey/compileJourney';
import type { SqlClient } from '../ports/sqlClient';

export type VersionStatus = 'live' | 'paused' | 'archived' | 'retired';

export type LoadedVersion = {
  readonly versionId: string;
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly version: number;
  readonly graph: JourneyGraph;
  readonly settings: ResolvedJourneySettings;
  readonly compiled: CompiledJourney;
  status: VersionStatus;
};

export function loadVersionFromRow(row: Record<string, unknown>): LoadedVersion {
  // Published while valid: caps added since must not make a live journey unreadable.
  const graph = parseStored(() => journeyGraphSchema.parse(row.graph));
  const settings = resolveJourneySettings(
    parseStored(() => journeySettingsSchema.parse(row.settings ?? {})) as JourneySettings,
  );
  return {
    versionId: String(row.version_id),
    workspaceId: String(row.workspace_id),
    journeyId: String(row.journey_id),
    version: Number(row.version),
    graph,
    settings,
    compiled: compileJourney(graph),
    status: row.status as VersionStatus,
  };
}

/** Compiled machines per version id: a version is immutable, so it is compiled once per process. */
export class VersionCache {
  private readonly versions = new Map<string, LoadedVersion>();
  /** Stored versions that could not be loaded, with why: their runs wait, the others go on. */
  private readonly unloadable = new Map<string, unknown>();
  /** Loads under way, by version id, so concurrent batches share one query. */
  private readonly inFlight = new Map<string, Promise<void>>();

  async get(db: SqlClient, versionId: string): Promise<LoadedVersion | undefined> {
    const cached = this.versions.get(versionId);
    if (cached) return cached;
    await this.load(db, [versionId]);
    return this.versions.get(versionId);
  }

  /**
   * Loads the versions not cached yet. A version another batch is loading right now (two lanes start
   * together on a cold cache) is awaited, not queried a second time.
   */
  async load(db: SqlClient, versionIds: readonly string[]): Promise<void> {
    const unique = [...new Set(versionIds)].filter((id) => !this.versions.has(id));
    const pending = unique.flatMap((id) => this.inFlight.get(id) ?? []);
    const missing = unique.filter((id) => !this.inFlight.has(id));
    if (missing.length > 0) {
      const query = this.query(db, missing);
      for (const id of missing) this.inFlight.set(id, query);
      pending.push(query);
    }
    await Promise.all(pending);
  }

  private async query(db: SqlClient, versionIds: readonly string[]): Promise<void> {
    try {
      const rows = await db.query(
        `select id as version_id, workspace_id, journey_id, version, graph, settings, status from journey_versions
          where id = any($1::text[]) and status is not null`,
        [versionIds],
      );
      for (const row of rows) {
        const id = String(row.version_id);
        try {
          this.versions.set(id, loadVersionFromRow(row));
          this.unloadable.delete(id);
        } catch (error) {
          this.unloadable.set(id, error);
        }
      }
    } finally {
      for (const id of versionIds) this.inFlight.delete(id);
    }
  }

  /** Why a stored version could not be loaded (its row exists but does not parse), if so. */
  loadError(versionId: string): unknown {
    return this.unloadable.get(versionId);
  }

  peek(versionId: string): LoadedVersion | undefined {
    return this.versions.get(versionId);
  }

  put(version: LoadedVersion): void {
    this.versions.set(version.versionId, version);
  }

  setStatus(versionId: string, status: VersionStatus): void {
    const version = this.versions.get(versionId);
    if (version) version.status = status;
  }
}
