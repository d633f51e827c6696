import type { SqlRow } from '@journeyflow/engine/ports/sqlClient';
import type { InappMessageView } from './inappHub';

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | Date).toISOString();

/** An `inapp_messages` row (raw SQL, snake_case) as the API shows it. */
export const toInappMessageView = (row: SqlRow): InappMessageView => ({
  id: String(row.id),
  title: String(row.title),
  body: String(row.body),
  imageUrl: (row.image_url as string | null) ?? null,
  ctaLabel: (row.cta_label as string | null) ?? null,
  ctaUrl: (row.cta_url as string | null) ?? null,
  createdAt: iso(row.created_at) ?? new Date(0).toISOString(),
  readAt: iso(row.read_at),
});
