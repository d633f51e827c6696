ALTER TABLE "run_trace" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "run_trace" ADD COLUMN "params" jsonb;