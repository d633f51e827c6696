import type { ChannelAdapter } from '@journeyflow/engine/ports/channels';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { InappContent } from '@journeyflow/shared/messaging/channelContent';
import { newId } from '../ids';
import type { InappHub } from './inappHub';
import { toInappMessageView } from './toInappMessageView';

/**
 * In-app delivery: store in the customer's inbox (idempotent per outbox row), then push to open sessions.
 * Delivered once stored — the inbox shows it whenever the customer next opens the app.
 */
export const createInappAdapter = (sql: SqlClient, hub: InappHub): ChannelAdapter => ({
  provider: 'inapp',
  channels: ['inapp'],
  async send(message) {
    const content = message.content as InappContent;
    await sql.query(
      `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body,
         image_url, cta_label, cta_url, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
       on conflict (outbox_id, workspace_id) do nothing`,
      [
        newId('inapp'),
        message.workspaceId,
        message.customerId,
        message.to.externalId,
        message.id,
        message.purpose,
        content.title,
        content.body,
        content.imageUrl ?? null,
        content.ctaLabel ?? null,
        content.ctaUrl ?? null,
      ],
    );
    const [row] = await sql.query('select * from inapp_messages where outbox_id = $1', [message.id]);
    if (!row) return { status: 'failed', retryable: true, error: 'inbox row missing after insert' };
    const view = toInappMessageView(row);
    hub.publish(message.workspaceId, message.customerId, view);
    return { status: 'delivered', providerMessageId: view.id };
  },
});
