CREATE TABLE "entry_refusals" (
	"workspace_id" text NOT NULL,
	"journey_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"code" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	"node_id" text NOT NULL,
	"node_type" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "entry_refusals_workspace_id_journey_id_customer_id_code_window_start_pk" PRIMARY KEY("workspace_id","journey_id","customer_id","code","window_start")
);
--> statement-breakpoint
CREATE INDEX "entry_refusals_customer_idx" ON "entry_refusals" USING btree ("workspace_id","customer_id","first_at");--> statement-breakpoint
CREATE INDEX "entry_refusals_journey_code_idx" ON "entry_refusals" USING btree ("journey_id","code","customer_id");