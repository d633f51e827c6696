import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import {
  defaultTotalAdCap,
  type FatigueCap,
  parseStoredCap,
  type TotalAdCap,
} from '@journeyflow/shared/messaging/channelSettings';
import type { SqlClient } from '../ports/sqlClient';
import { channelLabel } from './channelLabel';
import type { SendRuleViolation } from './sendRuleViolation';

export type Cap = { readonly max: number; readonly perSeconds: number };

/** The workspace's caps in force: undefined where the workspace turned one off. */
export type WorkspaceCaps = { readonly fatigue?: Cap; readonly totalAd?: Cap };

const inForce = (cap: FatigueCap | TotalAdCap): Cap | undefined =>
  cap.enabled ? { max: cap.max, perSeconds: cap.perSeconds } : undefined;

/**
 * The per-channel fatigue cap and the total ad cap of a workspace (`messaging_settings`, Settings → Ads &
 * opt-out), parsed the one way the server parses them; `fatigueDefault` (the engine option) applies
 * where the workspace set nothing.
 */
export async function loadWorkspaceCaps(
  sql: SqlClient,
  workspaceId: string,
  fatigueDefault: Cap,
): Promise<WorkspaceCaps> {
  const [row] = await sql.query<{ fatigue_cap: unknown; total_ad_cap: unknown }>(
    'select fatigue_cap, total_ad_cap from messaging_settings where workspace_id = $1',
    [workspaceId],
  );
  return capsFromRow(row, fatigueDefault);
}

/** The caps in force from a `messaging_settings` row (undefined: the workspace has none). */
export function capsFromRow(
  row: { readonly fatigue_cap: unknown; readonly total_ad_cap: unknown } | undefined,
  fatigueDefault: Cap,
): WorkspaceCaps {
  const fallback: FatigueCap = { enabled: true, ...fatigueDefault };
  const fatigue = inForce(parseStoredCap(row?.fatigue_cap, fallback));
  const totalAd = inForce(parseStoredCap(row?.total_ad_cap, defaultTotalAdCap));
  return { ...(fatigue ? { fatigue } : {}), ...(totalAd ? { totalAd } : {}) };
}

/**
 * What a cap counts. `journey`: every send of the journey; `ads`: ads on the channel; `channel`: every
 * message on the channel; `allAds`: ads on every channel (the total ad cap).
 */
export type CapScope = 'journey' | 'ads' | 'channel' | 'allAds';

export type CountQuery = {
  readonly workspaceId: string;
  readonly customerId: string;
  readonly scope: CapScope;
  readonly channel: Channel;
  readonly journeyId: string;
  readonly perSeconds: number;
  readonly now: Date;
};

/** Messages to the customer in the sliding window that count against a cap (queued, sent or delivered; never test sends). */
export async function countRecentSends(sql: SqlClient, q: CountQuery): Promise<number> {
  const since = new Date(q.now.getTime() - q.perSeconds * 1000).toISOString();
  const filter =
    q.scope === 'journey'
      ? 'journey_id = $3'
      : q.scope === 'ads'
        ? `channel = $3 and purpose = 'ad'`
        : q.scope === 'channel'
          ? 'channel = $3'
          : `purpose = 'ad' and $3::text is not null`;
  const [row] = await sql.query<{ n: number }>(
    `select count(*)::int as n from outbox where workspace_id = $1 and customer_id = $2 and ${filter}
      and status in ('queued', 'sent', 'delivered') and created_at > $4::timestamptz and not test`,
    [q.workspaceId, q.customerId, q.scope === 'journey' ? q.journeyId : q.channel, since],
  );
  return Number(row?.n ?? 0);
}

/**
 * At a delivery attempt, in one query: the customer's ads on `channel` within the fatigue window and on all
 * channels within the total window — those that went out, and those queued before this message.
 */
export async function countAdsBefore(
  sql: SqlClient,
  q: {
    readonly workspaceId: string;
    readonly customerId: string;
    readonly channel: Channel;
    readonly now: Date;
    readonly before: { readonly id: string; readonly createdAt: Date };
    readonly channelSeconds: number;
    readonly totalSeconds: number;
  },
): Promise<{ readonly onChannel: number; readonly total: number }> {
  const since = (seconds: number) => new Date(q.now.getTime() - seconds * 1000).toISOString();
  const [row] = await sql.query<{ on_channel: number; total: number }>(
    `select count(*) filter (where channel = $3 and created_at > $4::timestamptz)::int as on_channel,
            count(*) filter (where created_at > $5::timestamptz)::int as total
       from outbox
      where workspace_id = $1 and customer_id = $2 and purpose = 'ad' and not test
        and status in ('queued', 'sent', 'delivered')
        and created_at > least($4::timestamptz, $5::timestamptz) and id <> $6
        and (status in ('sent', 'delivered') or created_at < $7::timestamptz
             or (created_at = $7::timestamptz and id < $6))`,
    [
      q.workspaceId,
      q.customerId,
      q.channel,
      since(q.channelSeconds),
      since(q.totalSeconds),
      q.before.id,
      q.before.createdAt.toISOString(),
    ],
  );
  return { onChannel: Number(row?.on_channel ?? 0), total: Number(row?.total ?? 0) };
}

const hours = (seconds: number) => `${seconds / 3600}h`;

/** The per-channel workspace fatigue cap is reached. */
export function fatigueCapViolation(
  cap: Cap,
  count: number,
  channel: Channel,
): SendRuleViolation | undefined {
  return count >= cap.max
    ? {
        code: 'fatigue_cap',
        detail: `${cap.max}/${hours(cap.perSeconds)} ${channel}`,
        why: `workspace fatigue cap ${cap.max} ${channelLabel[channel]} per ${hours(cap.perSeconds)} reached`,
      }
    : undefined;
}

/** The total ad cap across all channels is reached. */
export function totalAdCapViolation(cap: Cap, count: number): SendRuleViolation | undefined {
  return count >= cap.max
    ? {
        code: 'total_ad_cap',
        detail: `${cap.max}/${hours(cap.perSeconds)}`,
        why: `total ad cap ${cap.max} ads on all channels per ${hours(cap.perSeconds)} reached`,
      }
    : undefined;
}
