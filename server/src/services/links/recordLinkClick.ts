import type { Engine } from '@journeyflow/engine/runtime/engine';
import type { AudienceIngestion } from '../audience/audienceIngestion';
import { trackEvents } from '../ingestionService';
import type { ShortLinkTarget } from './shortLinkCache';

/**
 * A person opened a tracked link: the link's counters move (`clicks` always, `first_clicked_at` once) and
 * a `message_clicked` event `{ messageId, journeyId, nodeId, url, channel, unique }` goes through the
 * normal event ingestion, so `wait.event`, goals, the timeline and reports see it. `unique` is true for
 * the first click on any link of the message.
 */
export async function recordLinkClick(
  engine: Engine,
  ingestion: AudienceIngestion,
  link: ShortLinkTarget,
  now: Date,
): Promise<{ readonly unique: boolean }> {
  const [row] = await engine.ports.db.query<{ unique: boolean }>(
    `with prior as (
       select count(*)::int as n from short_links
        where workspace_id = $1 and message_id = $3 and first_clicked_at is not null
     )
     update short_links set clicks = clicks + 1, first_clicked_at = coalesce(first_clicked_at, $4::timestamptz)
      where workspace_id = $1 and code = $2
      returning (select n from prior) = 0 as unique`,
    [link.workspaceId, link.code, link.messageId, now.toISOString()],
  );
  const unique = row?.unique === true;
  await trackEvents(ingestion, link.workspaceId, [
    {
      externalId: link.externalId,
      name: 'message_clicked',
      properties: {
        messageId: link.messageId,
        journeyId: link.journeyId,
        nodeId: link.nodeId,
        url: link.url,
        channel: link.channel,
        unique,
      },
    },
  ]);
  return { unique };
}
