CREATE TABLE "segment_change_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"segment_id" text NOT NULL,
	"change" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"requested_by" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "before" jsonb;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "after" jsonb;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "pinned_templates" jsonb;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "review_notice" jsonb;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD COLUMN "pinned_templates" jsonb;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "segment_edits_need_approval" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "segment_change_requests_segment_idx" ON "segment_change_requests" USING btree ("workspace_id","segment_id","state");--> statement-breakpoint
CREATE INDEX "audit_log_workspace_time_idx" ON "audit_log" USING btree ("workspace_id","created_at","id");