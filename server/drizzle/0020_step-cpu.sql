-- A step batch claims its outbox keys with one set-based insert into outbox_keys in the same statement as
-- its outbox rows (flushWrites.ts) and says so with the transaction-local setting journeyflow.outbox_keys_claimed
-- for exactly that statement; the per-row key trigger (a PL/pgSQL call and an SPI insert per row) is then
-- skipped by its WHEN clause. Every other insert (delivery failures, test sends, the sandbox) claims keys
-- through the trigger as before.
DROP TRIGGER IF EXISTS "outbox_claim_key" ON "outbox";
--> statement-breakpoint
CREATE TRIGGER "outbox_claim_key" BEFORE INSERT ON "outbox" FOR EACH ROW
  WHEN (current_setting('journeyflow.outbox_keys_claimed', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "outbox_claim_key"();
