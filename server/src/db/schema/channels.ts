import {
  createdAt,
  jsonObject,
  timestamps,
  timestamptz,
  updatedAt,
  workspaceScoped,
  workspaceScopedKey,
} from '@journeyflow/engine/db/columns';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';

/** Message templates (SPEC §6: `{ id, name, channel, purpose, content }`); `version` grows on each edit. */
export const templates = pgTable(
  'templates',
  {
    ...workspaceScoped(),
    name: text('name').notNull(),
    channel: text('channel').notNull(),
    purpose: text('purpose').notNull(),
    content: jsonb('content').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by'),
    ...timestamps(),
  },
  (t) => [workspaceScopedKey(t), index('templates_workspace_channel_idx').on(t.workspaceId, t.channel)],
);

/**
 * Every saved state of a template (version 1 on create, +1 per edit), so a journey version can send the
 * template as it was when the journey was published (latest version created at or before publish time).
 */
export const templateVersions = pgTable(
  'template_versions',
  {
    templateId: text('template_id').notNull(),
    version: integer('version').notNull(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    channel: text('channel').notNull(),
    purpose: text('purpose').notNull(),
    content: jsonb('content').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.version, t.workspaceId] })],
);

/**
 * AlimTalk templates registered with Kakao: the body with `#{variable}` placeholders and buttons are fixed
 * at registration; a send only supplies variable values. status: pending | approved | rejected.
 */
export const alimtalkTemplates = pgTable(
  'alimtalk_templates',
  {
    workspaceId: text('workspace_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    body: text('body').notNull(),
    buttons: jsonb('buttons').notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('approved'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.code] })],
);

/** 080 opt-outs, phone normalised to domestic digits (`01012345678`); honoured for ads at send time. */
export const optouts = pgTable(
  'optouts',
  {
    workspaceId: text('workspace_id').notNull(),
    phone: text('phone').notNull(),
    source: text('source').notNull().default('080'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.phone] })],
);

/**
 * The provider a workspace uses per channel. `config` holds only non-secret fields; the secret fields
 * (API secret, tokens, passwords) sit in `secrets` as AES-256-GCM ciphertext and never leave the server.
 */
export const channelSettings = pgTable(
  'channel_settings',
  {
    workspaceId: text('workspace_id').notNull(),
    channel: text('channel').notNull(),
    provider: text('provider').notNull(),
    config: jsonObject('config'),
    secrets: text('secrets'),
    updatedBy: text('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.channel] })],
);

/** Advertising identity per workspace: the sender name and free 080 opt-out line ad texts must carry. */
export const messagingSettings = pgTable('messaging_settings', {
  workspaceId: text('workspace_id').primaryKey(),
  senderName: text('sender_name').notNull().default(''),
  optoutLine: text('optout_line').notNull().default(''),
  /** `{ enabled, max, perSeconds }`; null = the default cap (2 per 24 h). Read by the engine's send node. */
  fatigueCap: jsonb('fatigue_cap'),
  /** `{ enabled, max, perSeconds }` across all channels (ads only); null = the default total ad cap. */
  totalAdCap: jsonb('total_ad_cap'),
  /** Origin of the workspace's tracked short links (`https://go.example.com`); null = `JOURNEYFLOW_PUBLIC_URL`. */
  linkHost: text('link_host'),
  updatedAt: updatedAt(),
});

/** In-app inbox: one row per delivered in-app message (outbox_id keeps a retried delivery from duplicating). */
export const inappMessages = pgTable(
  'inapp_messages',
  {
    ...workspaceScoped(),
    customerId: text('customer_id').notNull(),
    externalId: text('external_id').notNull(),
    outboxId: text('outbox_id').notNull(),
    purpose: text('purpose').notNull().default('info'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    imageUrl: text('image_url'),
    ctaLabel: text('cta_label'),
    ctaUrl: text('cta_url'),
    createdAt: createdAt(),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    workspaceScopedKey(t),
    uniqueIndex('inapp_messages_outbox_id_unique').on(t.outboxId, t.workspaceId),
    index('inapp_messages_customer_idx').on(t.workspaceId, t.customerId, t.createdAt),
  ],
);

/** Price per message type in KRW (SMS, LMS, MMS, ALIMTALK, BRAND_MESSAGE) for cost estimates and reports. */
export const channelPrices = pgTable(
  'channel_prices',
  {
    workspaceId: text('workspace_id').notNull(),
    messageType: text('message_type').notNull(),
    priceKrw: numeric('price_krw', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.messageType] })],
);
