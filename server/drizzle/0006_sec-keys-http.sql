ALTER TABLE "api_keys" ADD COLUMN "scopes" text[] DEFAULT '{ingest}'::text[] NOT NULL;--> statement-breakpoint
-- Hand-written backfill: keys created before scopes existed could do everything, so they keep full server scope.
UPDATE "api_keys" SET "scopes" = ARRAY['ingest', 'customers:erase', 'inapp:token', 'optouts:read', 'delivery:report', 'journeys:enroll']::text[];
