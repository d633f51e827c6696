CREATE TABLE "daily_rollups" (
	"workspace_id" text NOT NULL,
	"journey_id" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"node_id" text DEFAULT '' NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"metric" text NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "daily_rollups_pk" PRIMARY KEY("workspace_id","journey_id","day","node_id","channel","metric")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "retention" jsonb;--> statement-breakpoint
CREATE INDEX "run_trace_at_brin" ON "run_trace" USING brin ("at");--> statement-breakpoint
CREATE INDEX "events_ts_brin" ON "events" USING brin ("ts");