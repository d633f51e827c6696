import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import {
  type AlimtalkTemplate,
  type ChannelPrices,
  defaultChannelPrices,
  defaultFatigueCap,
  defaultTotalAdCap,
  type MessageType,
  type MessagingSettings,
  type MessagingSettingsInput,
  messageTypeSchema,
  messagingSettingsSchema,
  parseStoredCap,
} from '@journeyflow/shared/messaging/channelSettings';
import { NotFoundError } from '../errors/domainErrors';

/** Sender name and 080 opt-out line (empty strings until an admin sets them) and the caps. */
export const getMessagingSettings = async (
  sql: SqlClient,
  workspaceId: string,
): Promise<MessagingSettings> => {
  const [row] = await sql.query<{
    sender_name: string;
    optout_line: string;
    fatigue_cap: unknown;
    total_ad_cap: unknown;
    link_host: string | null;
  }>(
    'select sender_name, optout_line, fatigue_cap, total_ad_cap, link_host from messaging_settings where workspace_id = $1',
    [workspaceId],
  );
  return {
    senderName: row?.sender_name ?? '',
    optoutLine: row?.optout_line ?? '',
    fatigueCap: parseStoredCap(row?.fatigue_cap, defaultFatigueCap),
    totalAdCap: parseStoredCap(row?.total_ad_cap, defaultTotalAdCap),
    ...(row?.link_host ? { linkHost: row.link_host } : {}),
  };
};

export const putMessagingSettings = async (
  sql: SqlClient,
  workspaceId: string,
  input: MessagingSettingsInput,
): Promise<MessagingSettings> => {
  const { linkHost: rawHost, ...rest } = messagingSettingsSchema.parse(input);
  const linkHost = rawHost?.replace(/\/+$/, '') || undefined;
  const settings: MessagingSettings = { ...rest, ...(linkHost ? { linkHost } : {}) };
  await sql.query(
    `insert into messaging_settings (workspace_id, sender_name, optout_line, fatigue_cap, total_ad_cap, link_host, updated_at)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6, now())
     on conflict (workspace_id) do update set sender_name = excluded.sender_name, optout_line = excluded.optout_line,
       fatigue_cap = excluded.fatigue_cap, total_ad_cap = excluded.total_ad_cap, link_host = excluded.link_host,
       updated_at = excluded.updated_at`,
    [
      workspaceId,
      settings.senderName,
      settings.optoutLine,
      JSON.stringify(settings.fatigueCap),
      JSON.stringify(settings.totalAdCap),
      linkHost ?? null,
    ],
  );
  return settings;
};

/** The workspace's price per message type, defaults filled in. */
export const getChannelPrices = async (
  sql: SqlClient,
  workspaceId: string,
): Promise<Record<MessageType, number>> => {
  const rows = await sql.query<{ message_type: string; price_krw: string | number }>(
    'select message_type, price_krw from channel_prices where workspace_id = $1',
    [workspaceId],
  );
  const prices: Record<MessageType, number> = { ...defaultChannelPrices };
  for (const row of rows) {
    const type = messageTypeSchema.safeParse(row.message_type);
    if (type.success) prices[type.data] = Number(row.price_krw);
  }
  return prices;
};

export const putChannelPrices = async (
  sql: SqlClient,
  workspaceId: string,
  prices: ChannelPrices,
): Promise<Record<MessageType, number>> => {
  const entries = Object.entries(prices);
  if (entries.length > 0) {
    await sql.query(
      `insert into channel_prices (workspace_id, message_type, price_krw, updated_at)
       select $1, t, p, now() from unnest($2::text[], $3::numeric[]) as u(t, p)
       on conflict (workspace_id, message_type) do update set price_krw = excluded.price_krw, updated_at = now()`,
      [workspaceId, entries.map(([type]) => type), entries.map(([, price]) => price)],
    );
  }
  return getChannelPrices(sql, workspaceId);
};

const toAlimtalkTemplate = (row: Record<string, unknown>): AlimtalkTemplate => ({
  code: String(row.code),
  name: String(row.name),
  body: String(row.body),
  buttons: (typeof row.buttons === 'string'
    ? JSON.parse(row.buttons)
    : (row.buttons ?? [])) as AlimtalkTemplate['buttons'],
  status: row.status as AlimtalkTemplate['status'],
});

export const listAlimtalkTemplates = async (
  sql: SqlClient,
  workspaceId: string,
): Promise<AlimtalkTemplate[]> =>
  (
    await sql.query('select * from alimtalk_templates where workspace_id = $1 order by code', [workspaceId])
  ).map(toAlimtalkTemplate);

export const putAlimtalkTemplate = async (
  sql: SqlClient,
  workspaceId: string,
  template: AlimtalkTemplate,
): Promise<AlimtalkTemplate> => {
  const [row] = await sql.query(
    `insert into alimtalk_templates (workspace_id, code, name, body, buttons, status, updated_at)
     values ($1, $2, $3, $4, $5::text::jsonb, $6, now())
     on conflict (workspace_id, code) do update set name = excluded.name, body = excluded.body,
       buttons = excluded.buttons, status = excluded.status, updated_at = now()
     returning *`,
    [
      workspaceId,
      template.code,
      template.name,
      template.body,
      JSON.stringify(template.buttons),
      template.status,
    ],
  );
  return toAlimtalkTemplate(row!);
};

export const deleteAlimtalkTemplate = async (
  sql: SqlClient,
  workspaceId: string,
  code: string,
): Promise<void> => {
  const rows = await sql.query(
    'delete from alimtalk_templates where workspace_id = $1 and code = $2 returning code',
    [workspaceId, code],
  );
  if (rows.length === 0) throw new NotFoundError('AlimTalk template');
};
