import type { Logger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import type { PublishMigration } from '@journeyflow/shared/api/journeys';
import type { LoginRateLimiter } from './auth/loginRateLimiter';
import type { ChannelServices } from './channels/channelServices';
import type { Database } from './db/database';
import type { AccountsConfig } from './env';
import type { AudienceIngestion } from './services/audience/audienceIngestion';

/** What the engine is told when a version goes live (SPEC §3 migration rule for in-flight customers). */
export type PublishEvent = {
  /** A dry run: report occupancy (and what `move` would do); the transaction is rolled back afterwards. */
  readonly dryRun: boolean;
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly versionId: string;
  readonly version: number;
  /** The version that was live before, if any; its in-flight runs are subject to `migration`. */
  readonly previousVersionId: string | null;
  readonly migration: PublishMigration;
};

/** What the engine reports back; it becomes the publish answer (`publishResponseSchema`). */
export type PublishOutcome = {
  /** In-flight customers per node of the previously running version. */
  readonly occupancy?: Readonly<Record<string, number>>;
  readonly moved?: number;
  readonly exited?: number;
  readonly unmappedNodes?: readonly string[];
};

/**
 * The engine's seam into publishing. It runs inside the publishing transaction, with that transaction's
 * SqlClient, so a failure rolls the publish back: a version is never live without its runs migrated.
 */
export type PublishHook = (event: PublishEvent, tx: SqlClient) => Promise<PublishOutcome | undefined>;

/** Until the engine is wired in: nothing is in flight, so nothing moves. */
export const noopPublishHook: PublishHook = async () => undefined;

export type ServerDeps = {
  readonly db: Database;
  readonly logger: Logger;
  /** Wall clock for sessions, audit and versions; tests pass a fixed one. */
  readonly now: () => Date;
  readonly onPublish: PublishHook;
  readonly loginRateLimiter: LoginRateLimiter;
  /** Trusted proxies (client address) and session lifetimes, from the environment. */
  readonly accounts: Pick<AccountsConfig, 'trustProxy' | 'session'>;
  /** Demo mode shows the demo logins on the login page (`GET /api/auth/config`). */
  readonly demo: boolean;
  /** In-app hub and tokens, channel settings and the adapter registry (`createChannelServices`). */
  readonly channels: ChannelServices;
  /** The journey engine: runs, publishing and stats go through it (`services/runsEngine.ts`). */
  readonly engine: Engine;
  /** The one way in for events and profiles (all four ways in), audience kept in step; one per process. */
  readonly ingestion: AudienceIngestion;
};
