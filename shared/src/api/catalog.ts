import { z } from 'zod';
import { isoTimestampSchema } from './common';

/** One event name the workspace has received recently, with the property keys seen on it. */
export const catalogEventSchema = z.object({
  name: z.string(),
  /** How many events of this name arrived in the catalog window. */
  count: z.number().int(),
  lastSeenAt: isoTimestampSchema,
  /** Property keys seen on a recent sample of these events, most frequent first. */
  properties: z.array(z.string()),
});
export type CatalogEvent = z.infer<typeof catalogEventSchema>;

/**
 * `GET /api/catalog`: what the workspace's data actually contains, for the editor's autocomplete — event
 * names (most frequent first) with their property keys, and customer attribute paths (built-ins first,
 * then custom attributes seen on a sample of profiles).
 */
export const workspaceCatalogSchema = z.object({
  /** The window the event figures cover, in days back from now. */
  windowDays: z.number().int(),
  events: z.array(catalogEventSchema),
  attributes: z.array(z.string()),
});
export type WorkspaceCatalog = z.infer<typeof workspaceCatalogSchema>;

/** Attribute paths every customer has (SPEC §2), offered before the custom ones. */
export const builtInAttributePaths = [
  'grade',
  'externalId',
  'timezone',
  'locale',
  'rfm.recency_days',
  'rfm.frequency_90d',
  'rfm.monetary_90d',
  'predicted.next_purchase_at',
  'predicted.interval_days',
  'predicted.confidence',
  'consent.sms',
  'consent.kakao',
  'consent.push',
  'consent.email',
  'consent.night',
] as const;
