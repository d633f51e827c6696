CREATE TABLE "short_links" (
	"workspace_id" text NOT NULL,
	"code" text NOT NULL,
	"url" text NOT NULL,
	"message_id" text NOT NULL,
	"run_id" text,
	"journey_id" text,
	"node_id" text,
	"customer_id" text NOT NULL,
	"external_id" text NOT NULL,
	"channel" text NOT NULL,
	"spot" text NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"first_clicked_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "short_links_workspace_id_code_pk" PRIMARY KEY("workspace_id","code")
);
--> statement-breakpoint
CREATE INDEX "short_links_code_idx" ON "short_links" USING btree ("code");--> statement-breakpoint
CREATE INDEX "short_links_journey_node_idx" ON "short_links" USING btree ("workspace_id","journey_id","node_id");--> statement-breakpoint
CREATE INDEX "short_links_message_idx" ON "short_links" USING btree ("workspace_id","message_id");