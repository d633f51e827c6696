ALTER TABLE "audit_log" ADD COLUMN "before" jsonb;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "after" jsonb;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "pinned_templates" jsonb;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "review_notice" jsonb;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD COLUMN "pinned_templates" jsonb;--> statement-breakpoint
CREATE INDEX "audit_log_workspace_time_idx" ON "audit_log" USING btree ("workspace_id","created_at","id");