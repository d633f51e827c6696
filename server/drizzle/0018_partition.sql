-- Issue 15: events, run_trace and outbox become monthly RANGE-partitioned tables (hand-written; drizzle does not
-- model partitions, the schema files describe the columns and keys). Every key of a partitioned table must
-- include the partition column, so the exactly-once keys move to small key tables (outbox_keys, event_keys)
-- that triggers claim before each insert (a taken key skips the row, like ON CONFLICT DO NOTHING did) and
-- release when the row is deleted. Rows are copied, counted, and the old tables dropped in this transaction.
CREATE TABLE "outbox_keys" (
	"workspace_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "outbox_keys_workspace_id_idempotency_key_pk" PRIMARY KEY("workspace_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "event_keys" (
	"workspace_id" text NOT NULL,
	"message_id" text NOT NULL,
	CONSTRAINT "event_keys_workspace_id_message_id_pk" PRIMARY KEY("workspace_id","message_id")
);
--> statement-breakpoint
-- Creates the partition of `parent` for the UTC month holding `month_start` (name parent_pYYYY_MM) unless it
-- exists; rows of that month already in the DEFAULT partition are moved into it first. Answers its name.
CREATE OR REPLACE FUNCTION "ensure_month_partition"(parent text, month_start timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  lower_bound timestamptz := date_trunc('month', month_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  upper_bound timestamptz := (date_trunc('month', month_start AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC';
  part text := parent || '_p' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
  fallback text := parent || '_default';
  col text;
  has_rows boolean;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('journeyflow.partition:' || parent));
  IF to_regclass(format('%I', part)) IS NOT NULL THEN
    RETURN part;
  END IF;
  SELECT a.attname INTO col
    FROM pg_partitioned_table p
    JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
   WHERE p.partrelid = format('%I', parent)::regclass;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= $1 AND %I < $2)', fallback, col, col)
    INTO has_rows USING lower_bound, upper_bound;
  IF NOT has_rows THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', part, parent, lower_bound, upper_bound);
  ELSE
    -- The key triggers must not release or claim keys for rows that only move between partitions.
    PERFORM set_config('journeyflow.partition_move', 'on', true);
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS)', part, parent);
    EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= $1 AND %I < $2 RETURNING *) INSERT INTO %I SELECT * FROM moved',
      fallback, col, col, part) USING lower_bound, upper_bound;
    PERFORM set_config('journeyflow.partition_move', 'off', true);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', parent, part, lower_bound, upper_bound);
  END IF;
  RETURN part;
END $$;
--> statement-breakpoint
ALTER TABLE "outbox" RENAME TO "outbox_legacy";
--> statement-breakpoint
CREATE TABLE "outbox" (LIKE "outbox_legacy" INCLUDING DEFAULTS) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
CREATE TABLE "outbox_default" PARTITION OF "outbox" DEFAULT;
--> statement-breakpoint
-- A partition per month of existing data (at most 26 months back; older rows go to DEFAULT, which the
-- retention job empties in batches) up to two months ahead.
DO $$
DECLARE
  this_month timestamp := date_trunc('month', now() AT TIME ZONE 'UTC');
  m timestamp;
BEGIN
  SELECT greatest(least(coalesce(date_trunc('month', min("created_at") AT TIME ZONE 'UTC'), this_month), this_month),
                  this_month - interval '26 months')
    INTO m FROM "outbox_legacy";
  WHILE m <= this_month + interval '2 months' LOOP
    PERFORM ensure_month_partition('outbox', m AT TIME ZONE 'UTC');
    m := m + interval '1 month';
  END LOOP;
END $$;
--> statement-breakpoint
INSERT INTO "outbox" SELECT * FROM "outbox_legacy";
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM "outbox") <> (SELECT count(*) FROM "outbox_legacy") THEN
    RAISE EXCEPTION 'partitioning outbox lost rows';
  END IF;
END $$;
--> statement-breakpoint
DROP TABLE "outbox_legacy";
--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_id_workspace_id_created_at_pk" PRIMARY KEY("id","workspace_id","created_at");
--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE status = 'queued';
--> statement-breakpoint
CREATE INDEX "outbox_customer_channel_idx" ON "outbox" USING btree ("workspace_id","customer_id","channel","created_at");
--> statement-breakpoint
CREATE INDEX "outbox_journey_idx" ON "outbox" USING btree ("journey_id","node_id","status");
--> statement-breakpoint
CREATE INDEX "outbox_workspace_created_idx" ON "outbox" USING btree ("workspace_id","created_at","id");
--> statement-breakpoint
CREATE INDEX "outbox_journey_created_idx" ON "outbox" USING btree ("workspace_id","journey_id","created_at","id");
--> statement-breakpoint
ALTER TABLE "run_trace" RENAME TO "run_trace_legacy";
--> statement-breakpoint
CREATE TABLE "run_trace" (LIKE "run_trace_legacy" INCLUDING DEFAULTS) PARTITION BY RANGE ("at");
--> statement-breakpoint
CREATE TABLE "run_trace_default" PARTITION OF "run_trace" DEFAULT;
--> statement-breakpoint
-- A partition per month of existing data (at most 26 months back; older rows go to DEFAULT, which the
-- retention job empties in batches) up to two months ahead.
DO $$
DECLARE
  this_month timestamp := date_trunc('month', now() AT TIME ZONE 'UTC');
  m timestamp;
BEGIN
  SELECT greatest(least(coalesce(date_trunc('month', min("at") AT TIME ZONE 'UTC'), this_month), this_month),
                  this_month - interval '26 months')
    INTO m FROM "run_trace_legacy";
  WHILE m <= this_month + interval '2 months' LOOP
    PERFORM ensure_month_partition('run_trace', m AT TIME ZONE 'UTC');
    m := m + interval '1 month';
  END LOOP;
END $$;
--> statement-breakpoint
INSERT INTO "run_trace" SELECT * FROM "run_trace_legacy";
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM "run_trace") <> (SELECT count(*) FROM "run_trace_legacy") THEN
    RAISE EXCEPTION 'partitioning run_trace lost rows';
  END IF;
END $$;
--> statement-breakpoint
DROP TABLE "run_trace_legacy";
--> statement-breakpoint
ALTER TABLE "run_trace" ADD CONSTRAINT "run_trace_id_workspace_id_at_pk" PRIMARY KEY("id","workspace_id","at");
--> statement-breakpoint
CREATE INDEX "run_trace_customer_idx" ON "run_trace" USING btree ("workspace_id","customer_id","at");
--> statement-breakpoint
CREATE INDEX "run_trace_run_idx" ON "run_trace" USING btree ("run_id","seq");
--> statement-breakpoint
CREATE INDEX "run_trace_journey_node_idx" ON "run_trace" USING btree ("journey_id","node_id","kind");
--> statement-breakpoint
CREATE INDEX "run_trace_at_brin" ON "run_trace" USING brin ("at");
--> statement-breakpoint
ALTER TABLE "events" RENAME TO "events_legacy";
--> statement-breakpoint
CREATE TABLE "events" (LIKE "events_legacy" INCLUDING DEFAULTS) PARTITION BY RANGE ("ts");
--> statement-breakpoint
CREATE TABLE "events_default" PARTITION OF "events" DEFAULT;
--> statement-breakpoint
-- A partition per month of existing data (at most 26 months back; older rows go to DEFAULT, which the
-- retention job empties in batches) up to two months ahead.
DO $$
DECLARE
  this_month timestamp := date_trunc('month', now() AT TIME ZONE 'UTC');
  m timestamp;
BEGIN
  SELECT greatest(least(coalesce(date_trunc('month', min("ts") AT TIME ZONE 'UTC'), this_month), this_month),
                  this_month - interval '26 months')
    INTO m FROM "events_legacy";
  WHILE m <= this_month + interval '2 months' LOOP
    PERFORM ensure_month_partition('events', m AT TIME ZONE 'UTC');
    m := m + interval '1 month';
  END LOOP;
END $$;
--> statement-breakpoint
INSERT INTO "events" SELECT * FROM "events_legacy";
--> statement-breakpoint
DO $$
BEGIN
  IF (SELECT count(*) FROM "events") <> (SELECT count(*) FROM "events_legacy") THEN
    RAISE EXCEPTION 'partitioning events lost rows';
  END IF;
END $$;
--> statement-breakpoint
DROP TABLE "events_legacy";
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_id_workspace_id_ts_pk" PRIMARY KEY("id","workspace_id","ts");
--> statement-breakpoint
CREATE INDEX "events_customer_name_ts_idx" ON "events" USING btree ("workspace_id","customer_id","name","ts");
--> statement-breakpoint
CREATE INDEX "events_ts_brin" ON "events" USING brin ("ts");
--> statement-breakpoint
INSERT INTO "outbox_keys" ("workspace_id", "idempotency_key") SELECT "workspace_id", "idempotency_key" FROM "outbox";
--> statement-breakpoint
-- Exactly once: a row whose key is already taken is skipped (the insert answers no row for it).
CREATE OR REPLACE FUNCTION "outbox_claim_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('journeyflow.partition_move', true) = 'on' THEN
    RETURN NEW;
  END IF;
  INSERT INTO "outbox_keys" ("workspace_id", "idempotency_key") VALUES (NEW."workspace_id", NEW."idempotency_key") ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "outbox_release_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('journeyflow.partition_move', true) = 'on' THEN
    RETURN OLD;
  END IF;
  DELETE FROM "outbox_keys" WHERE "workspace_id" = OLD."workspace_id" AND "idempotency_key" = OLD."idempotency_key";
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "outbox_truncate_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "outbox_keys";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "outbox_claim_key" BEFORE INSERT ON "outbox" FOR EACH ROW EXECUTE FUNCTION "outbox_claim_key"();
--> statement-breakpoint
CREATE TRIGGER "outbox_release_key" AFTER DELETE ON "outbox" FOR EACH ROW EXECUTE FUNCTION "outbox_release_key"();
--> statement-breakpoint
CREATE TRIGGER "outbox_truncate_keys" AFTER TRUNCATE ON "outbox" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_truncate_keys"();
--> statement-breakpoint
INSERT INTO "event_keys" ("workspace_id", "message_id") SELECT "workspace_id", "message_id" FROM "events";
--> statement-breakpoint
-- Exactly once: a row whose key is already taken is skipped (the insert answers no row for it).
CREATE OR REPLACE FUNCTION "events_claim_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('journeyflow.partition_move', true) = 'on' THEN
    RETURN NEW;
  END IF;
  INSERT INTO "event_keys" ("workspace_id", "message_id") VALUES (NEW."workspace_id", NEW."message_id") ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "events_release_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('journeyflow.partition_move', true) = 'on' THEN
    RETURN OLD;
  END IF;
  DELETE FROM "event_keys" WHERE "workspace_id" = OLD."workspace_id" AND "message_id" = OLD."message_id";
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "events_truncate_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "event_keys";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "events_claim_key" BEFORE INSERT ON "events" FOR EACH ROW EXECUTE FUNCTION "events_claim_key"();
--> statement-breakpoint
CREATE TRIGGER "events_release_key" AFTER DELETE ON "events" FOR EACH ROW EXECUTE FUNCTION "events_release_key"();
--> statement-breakpoint
CREATE TRIGGER "events_truncate_keys" AFTER TRUNCATE ON "events" FOR EACH STATEMENT EXECUTE FUNCTION "events_truncate_keys"();
