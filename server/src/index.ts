// Package entry of @journeyflow/server. Subpaths (`@journeyflow/server/db/testDatabase`) work too.
export { type AppType, type CreateAppOptions, createApp } from './app';
export { requireApiKeyBasicAuth, requireIngestionAuth, requireUser } from './auth/authMiddleware';
export type { ApiKeyPrincipal, Principal, UserPrincipal } from './auth/principal';
export type { Database, DatabaseKind, Executor, Orm, OrmTx } from './db/database';
export {
  LIVE_JOURNEYS_CHANNEL,
  type LiveJourneysChange,
  type Notifier,
} from './db/notifier';
export { type DatabaseConfig, openDatabase } from './db/openDatabase';
export { type Config, loadConfig, resolveSecretKey } from './env';
export { AppError } from './errors/appError';
export type { AppEnv } from './http/appEnv';
export { createRouter } from './http/createRouter';
export {
  noopPublishHook,
  type PublishEvent,
  type PublishHook,
  type PublishOutcome,
  type ServerDeps,
} from './serverDeps';
export { type RunningServer, startServer } from './startServer';
