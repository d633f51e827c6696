-- A step flush claims its outbox keys with one set-based insert into outbox_keys in the same statement as
-- its outbox rows (flushWrites.ts), and marks that statement by setting the transaction-local
-- journeyflow.outbox_keys_claimed to statement_timestamp() before its first row. The per-row key trigger
-- (a PL/pgSQL call and an SPI insert per row) is skipped by its WHEN clause for that statement only: any
-- later statement has another statement_timestamp(), so every other insert (delivery failures, test
-- sends, the sandbox, later statements of the same transaction) claims keys through the trigger as before.
DROP TRIGGER IF EXISTS "outbox_claim_key" ON "outbox";
--> statement-breakpoint
CREATE TRIGGER "outbox_claim_key" BEFORE INSERT ON "outbox" FOR EACH ROW
  WHEN (current_setting('journeyflow.outbox_keys_claimed', true) IS DISTINCT FROM statement_timestamp()::text)
  EXECUTE FUNCTION "outbox_claim_key"();
