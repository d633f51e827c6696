-- Hand-written parts (issue 15, Citus readiness): every primary/unique key of a workspace-scoped table now
-- includes workspace_id (checked by server/src/db/distribution/distributionKeys.test.ts). Primary keys
-- become (id, workspace_id) -- id first, so every lookup by id alone still uses the index. The three
-- foreign keys to journeys are re-pointed to the composite (id, workspace_id). entry_counters gains
-- workspace_id, backfilled from its journey (or the engine's copy of the version) before the key changes.
ALTER TABLE "inapp_messages" DROP CONSTRAINT "inapp_messages_outbox_id_unique";--> statement-breakpoint
ALTER TABLE "approvals" DROP CONSTRAINT "approvals_journey_id_journeys_id_fk";
--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT "comments_journey_id_journeys_id_fk";
--> statement-breakpoint
ALTER TABLE "journey_versions" DROP CONSTRAINT "journey_versions_journey_id_journeys_id_fk";
--> statement-breakpoint
DROP INDEX "outbox_idempotency_uq";--> statement-breakpoint
DROP INDEX "runs_version_entry_uq";--> statement-breakpoint
DROP INDEX "journey_versions_journey_version_key";--> statement-breakpoint
ALTER TABLE "entry_counters" DROP CONSTRAINT "entry_counters_journey_id_hour_pk";--> statement-breakpoint
ALTER TABLE "template_versions" DROP CONSTRAINT "template_versions_template_id_version_pk";--> statement-breakpoint
ALTER TABLE "segment_members" DROP CONSTRAINT "segment_members_segment_id_customer_id_pk";--> statement-breakpoint
ALTER TABLE "engine_versions" DROP CONSTRAINT "engine_versions_pkey";--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_pkey";--> statement-breakpoint
ALTER TABLE "run_trace" DROP CONSTRAINT "run_trace_pkey";--> statement-breakpoint
ALTER TABLE "runs" DROP CONSTRAINT "runs_pkey";--> statement-breakpoint
ALTER TABLE "schedules" DROP CONSTRAINT "schedules_pkey";--> statement-breakpoint
ALTER TABLE "approvals" DROP CONSTRAINT "approvals_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "inapp_messages" DROP CONSTRAINT "inapp_messages_pkey";--> statement-breakpoint
ALTER TABLE "templates" DROP CONSTRAINT "templates_pkey";--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT "comments_pkey";--> statement-breakpoint
ALTER TABLE "customers" DROP CONSTRAINT "customers_pkey";--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_pkey";--> statement-breakpoint
ALTER TABLE "grade_history" DROP CONSTRAINT "grade_history_pkey";--> statement-breakpoint
ALTER TABLE "journeys" DROP CONSTRAINT "journeys_pkey";--> statement-breakpoint
ALTER TABLE "journey_templates" DROP CONSTRAINT "journey_templates_pkey";--> statement-breakpoint
ALTER TABLE "journey_versions" DROP CONSTRAINT "journey_versions_pkey";--> statement-breakpoint
ALTER TABLE "segment_change_requests" DROP CONSTRAINT "segment_change_requests_pkey";--> statement-breakpoint
ALTER TABLE "segments" DROP CONSTRAINT "segments_pkey";--> statement-breakpoint
ALTER TABLE "test_recipients" DROP CONSTRAINT "test_recipients_pkey";--> statement-breakpoint
ALTER TABLE "entry_counters" ADD COLUMN "workspace_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "entry_counters" c SET "workspace_id" = j."workspace_id" FROM "journeys" j WHERE j."id" = c."journey_id";--> statement-breakpoint
UPDATE "entry_counters" c SET "workspace_id" = v."workspace_id" FROM "engine_versions" v WHERE c."workspace_id" = '' AND v."journey_id" = c."journey_id";--> statement-breakpoint
ALTER TABLE "engine_versions" ADD CONSTRAINT "engine_versions_version_id_workspace_id_pk" PRIMARY KEY("version_id","workspace_id");--> statement-breakpoint
ALTER TABLE "entry_counters" ADD CONSTRAINT "entry_counters_workspace_id_journey_id_hour_pk" PRIMARY KEY("workspace_id","journey_id","hour");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "run_trace" ADD CONSTRAINT "run_trace_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_version_id_workspace_id_pk" PRIMARY KEY("version_id","workspace_id");--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "inapp_messages" ADD CONSTRAINT "inapp_messages_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_template_id_version_workspace_id_pk" PRIMARY KEY("template_id","version","workspace_id");--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "grade_history" ADD CONSTRAINT "grade_history_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "journey_templates" ADD CONSTRAINT "journey_templates_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "segment_change_requests" ADD CONSTRAINT "segment_change_requests_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "segment_members" ADD CONSTRAINT "segment_members_segment_id_customer_id_workspace_id_pk" PRIMARY KEY("segment_id","customer_id","workspace_id");--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "test_recipients" ADD CONSTRAINT "test_recipients_id_workspace_id_pk" PRIMARY KEY("id","workspace_id");--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_journey_fk" FOREIGN KEY ("journey_id","workspace_id") REFERENCES "public"."journeys"("id","workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_journey_fk" FOREIGN KEY ("journey_id","workspace_id") REFERENCES "public"."journeys"("id","workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_journey_fk" FOREIGN KEY ("journey_id","workspace_id") REFERENCES "public"."journeys"("id","workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inapp_messages_outbox_id_unique" ON "inapp_messages" USING btree ("outbox_id","workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_uq" ON "outbox" USING btree ("idempotency_key","workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "runs_version_entry_uq" ON "runs" USING btree ("version_id","entry_key","workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "journey_versions_journey_version_key" ON "journey_versions" USING btree ("journey_id","version","workspace_id");