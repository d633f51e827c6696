CREATE INDEX "outbox_journey_created_idx" ON "outbox" USING btree ("workspace_id","journey_id","created_at","id");--> statement-breakpoint
CREATE INDEX "runs_journey_entered_idx" ON "runs" USING btree ("workspace_id","journey_id","entered_at","id");--> statement-breakpoint
CREATE INDEX "customers_workspace_created_idx" ON "customers" USING btree ("workspace_id","created_at","id");