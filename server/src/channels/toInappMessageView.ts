import type { SqlRow } from '@journeyflow/engine/ports/sqlClient';
import type { InappMessage } from '@journeyflow/shared/api/inapp';
import { isSafeLink } from '@journeyflow/shared/messaging/unsafeLinks';

const optional = (key: 'imageUrl' | 'ctaLabel' | 'ctaUrl', value: unknown) =>
  typeof value === 'string' && value.length > 0 ? { [key]: value } : {};

/** A stored link is shown only if it is http(s) (rows stored before links were checked may not be). */
const optionalLink = (key: 'imageUrl' | 'ctaUrl', value: unknown) =>
  typeof value === 'string' && isSafeLink(value, 'web') ? optional(key, value) : {};

/** An `inapp_messages` row (raw SQL, snake_case) as the inbox API and the SSE stream show it. */
export const toInappMessageView = (row: SqlRow): InappMessage => ({
  id: String(row.id),
  title: String(row.title),
  body: String(row.body),
  ...optionalLink('imageUrl', row.image_url),
  ...optional('ctaLabel', row.cta_label),
  ...optionalLink('ctaUrl', row.cta_url),
  purpose: row.purpose === 'ad' ? 'ad' : 'info',
  createdAt: new Date(row.created_at as string | Date).toISOString(),
  readAt: row.read_at ? new Date(row.read_at as string | Date).toISOString() : null,
});
