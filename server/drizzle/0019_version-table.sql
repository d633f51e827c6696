ALTER TABLE "journey_versions" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD COLUMN "enroll_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "journey_versions_workspace_status_idx" ON "journey_versions" USING btree ("workspace_id","status");--> statement-breakpoint
-- One version table: the engine now runs the versions in journey_versions. runs.version_id and
-- schedules.version_id already hold journey_versions ids (the publish step copied each version into
-- engine_versions under the same id), so existing runs keep pointing at their version. engine_versions is
-- kept, unread and unwritten (legacy): nothing is dropped.
-- 1. A version the engine ran but the editor tables lack (only possible for versions stored by hand or by a
--    bench): recorded as a journey version when its journey exists, so its runs keep going.
INSERT INTO "journey_versions" ("id", "workspace_id", "journey_id", "version", "name", "graph", "settings",
  "content_hash", "approval_id", "migration", "published_at")
SELECT e."version_id", e."workspace_id", e."journey_id", e."version", j."name", e."graph", e."settings", '', '',
  '{"mode":"keep_on_old"}'::jsonb, e."updated_at"
FROM "engine_versions" e
JOIN "journeys" j ON j."id" = e."journey_id" AND j."workspace_id" = e."workspace_id"
WHERE NOT EXISTS (SELECT 1 FROM "journey_versions" v WHERE v."id" = e."version_id" AND v."workspace_id" = e."workspace_id")
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- 2. The engine's state of every version it knew (live, paused, retired, archived; pending enrollment).
UPDATE "journey_versions" v SET "status" = e."status", "enroll_pending" = e."enroll_pending", "updated_at" = e."updated_at"
FROM "engine_versions" e
WHERE e."version_id" = v."id" AND e."workspace_id" = v."workspace_id";
