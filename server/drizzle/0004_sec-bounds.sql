ALTER TABLE "segments" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "failed_at" timestamp with time zone;