import type { SqlClient } from '../ports/sqlClient';
import type { ShortLinkRow } from '../step/stepWrites';

/** Writes a batch's tracked short links with one set-based insert (codes were collision-checked at send). */
export async function flushShortLinks(tx: SqlClient, links: readonly ShortLinkRow[]): Promise<void> {
  if (links.length === 0) return;
  await tx.query(
    `insert into short_links (code, workspace_id, url, message_id, run_id, journey_id, node_id, customer_id,
      external_id, channel, spot, created_at, expires_at)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
      $8::text[], $9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::timestamptz[])
     on conflict do nothing`,
    [
      links.map((l) => l.code),
      links.map((l) => l.workspaceId),
      links.map((l) => l.url),
      links.map((l) => l.messageId),
      links.map((l) => l.runId),
      links.map((l) => l.journeyId),
      links.map((l) => l.nodeId),
      links.map((l) => l.customerId),
      links.map((l) => l.externalId),
      links.map((l) => l.channel),
      links.map((l) => l.spot),
      links.map((l) => l.createdAt.toISOString()),
      links.map((l) => l.expiresAt.toISOString()),
    ],

    { prepare: true }, // fixed text: prepared, so flushWrites can pipeline it
  );
}
