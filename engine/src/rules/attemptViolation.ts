import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { SqlClient } from '../ports/sqlClient';
import type { CustomerRecord } from '../step/customerRecord';
import { defaultEngineOptions } from '../step/engineOptions';
import { alimtalkAdViolation } from './alimtalkAd';
import {
  type Cap,
  countAdsBefore,
  fatigueCapViolation,
  loadWorkspaceCaps,
  totalAdCapViolation,
  type WorkspaceCaps,
} from './caps';
import { consentViolation } from './consent';
import { AD_NIGHT_WINDOW, type LocalWindow, nightWindowViolation } from './nightWindow';
import { optoutViolation } from './optout';
import type { SendRuleViolation } from './sendRuleViolation';

/** The message a delivery attempt is about to send (a claimed outbox row, a retry or a fallback). */
export type AttemptedMessage = {
  readonly id: string;
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly customerId: string;
  readonly channel: Channel;
  readonly purpose: MessagePurpose;
  readonly createdAt?: Date;
};

export type AttemptRuleOptions = {
  /** Where the customer has no (valid) timezone: the product's home zone. */
  readonly defaultTimezone?: string;
  readonly nightWindow?: LocalWindow;
  /** The per-channel fatigue cap where the workspace set none (the engine default, 2 per 24 h). */
  readonly fatigueDefault?: Cap;
  /** Reads a workspace's caps; the worker passes one that remembers them for the length of a tick. */
  readonly loadCaps?: (workspaceId: string) => Promise<WorkspaceCaps>;
};

/**
 * The send rules again at each delivery attempt (first try, retry hours later, or the SMS fallback):
 * consent can be withdrawn or expire, the night window can start, the customer can call the 080 line,
 * and other ads can reach the customer in between. The same functions as the engine's send step.
 * `optedOutPhone` is the customer's number when it is on the workspace's 080 list (looked up in bulk).
 */
export async function attemptViolation(
  sql: SqlClient,
  m: AttemptedMessage,
  customer: CustomerRecord,
  optedOutPhone: string | undefined,
  now: Date,
  options: AttemptRuleOptions = {},
): Promise<SendRuleViolation | undefined> {
  const timezone = pickTimeZone(customer.timezone, options.defaultTimezone ?? 'Asia/Seoul');
  const immediate =
    alimtalkAdViolation(m.channel, m.purpose) ??
    optoutViolation(optedOutPhone) ??
    consentViolation(customer, m.channel, m.purpose, now) ??
    nightWindowViolation(customer, m.purpose, now, timezone, options.nightWindow ?? AD_NIGHT_WINDOW);
  if (immediate || m.purpose !== 'ad') return immediate;
  const fatigueDefault = options.fatigueDefault ?? defaultEngineOptions.workspaceCap;
  const caps = await (options.loadCaps ?? ((id: string) => loadWorkspaceCaps(sql, id, fatigueDefault)))(
    m.workspaceId,
  );
  if (!caps.fatigue && !caps.totalAd) return undefined;
  const counts = await countAdsBefore(sql, {
    workspaceId: m.workspaceId,
    customerId: m.customerId,
    channel: m.channel,
    now,
    before: { id: m.id, createdAt: m.createdAt ?? now },
    channelSeconds: caps.fatigue?.perSeconds ?? 0,
    totalSeconds: caps.totalAd?.perSeconds ?? 0,
  });
  return (
    (caps.fatigue ? fatigueCapViolation(caps.fatigue, counts.onChannel, m.channel) : undefined) ??
    (caps.totalAd ? totalAdCapViolation(caps.totalAd, counts.total) : undefined)
  );
}
