import { endOfLocalWindow, isWithinLocalWindow } from '@journeyflow/shared/journey/zonedTime';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { fatigueCapSchema } from '@journeyflow/shared/messaging/channelSettings';
import { normalizePhone } from '../delivery/normalizePhone';
import { renderForRun } from '../runtime/renderForRun';
import type { OutboxRow } from '../runtime/stepWrites';
import type { NodeContext, NodeHandler, NodeResult } from './nodeHandler';
import { addressOf, channelLabel, consentKeyOf, consentState } from './sendRules';

/** The waiting_event of a run parked on a send node until its delivery outcome is known. */
export const deliveryWaitEvent = '__delivery';

type SendSettings = NodeContext<'send'>['node']['settings'];

/**
 * The template exactly as the reviewer approved it: the copy pinned into the journey version at submit
 * (`journey_versions.pinned_templates`). Versions published before pinning use the latest
 * `template_versions` row from before the publish. Without a recorded version (a test run of a draft,
 * or a template older than versioning) the current template is used.
 */
async function loadTemplate(ctx: NodeContext<'send'>, templateId: string) {
  const { tables } = ctx.env;
  if (!tables.has('templates')) return undefined;
  if (tables.has('template_versions') && tables.has('journey_versions')) {
    const [row] = await ctx.env.tx.query<{ content: unknown; channel: string; purpose: string }>(
      `select coalesce(p.pin -> 'content', v.content, t.content) as content,
              coalesce(p.pin ->> 'channel', v.channel, t.channel) as channel,
              coalesce(p.pin ->> 'purpose', v.purpose, t.purpose) as purpose
         from templates t
         left join lateral (
           select jv.pinned_templates -> 'templates' -> t.id as pin from journey_versions jv where jv.id = $3
         ) p on true
         left join lateral (
           select tv.content, tv.channel, tv.purpose
             from template_versions tv
             join journey_versions jv on jv.id = $3
            where tv.template_id = t.id and tv.workspace_id = t.workspace_id and tv.created_at <= jv.published_at
            order by tv.version desc
            limit 1
         ) v on true
        where t.id = $1 and t.workspace_id = $2`,
      [templateId, ctx.run.workspaceId, ctx.version.versionId],
    );
    return row;
  }
  const [row] = await ctx.env.tx.query<{ content: unknown; channel: string; purpose: string }>(
    'select content, channel, purpose from templates where id = $1 and workspace_id = $2',
    [templateId, ctx.run.workspaceId],
  );
  return row;
}

/** How soon a send that found its customer locked by another transaction tries again. */
const SEND_LOCK_RETRY_MS = 2000;

/**
 * Caps count committed messages (plus this batch's own), so two transactions deciding sends to one customer
 * at once could each let one through. On PostgreSQL a capped send first takes a transaction-scoped advisory
 * lock on its customer, without waiting: whoever holds it decides, the other defers briefly (never blocks,
 * so no deadlock). PGlite runs one transaction at a time and needs none.
 */
async function lockCustomerSends(ctx: NodeContext<'send'>): Promise<boolean> {
  if (ctx.env.tx.kind !== 'postgres') return true;
  const [row] = await ctx.env.tx.query<{ locked: boolean }>(
    'select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked',
    [customerSendLockKey(ctx.run.workspaceId, ctx.customer.id)],
  );
  return row?.locked === true;
}

/** The advisory-lock key text of a customer's sends (hashed with `hashtextextended(key, 0)`). */
export const customerSendLockKey = (workspaceId: string, customerId: string): string =>
  `journeyflow:send:${workspaceId}:${customerId}`;

/**
 * The workspace's fatigue cap (`messaging_settings.fatigue_cap`, set in Settings → Ads & opt-out), else the
 * engine default (2 per 24 h); undefined when the workspace turned it off.
 */
async function workspaceFatigueCap(
  ctx: NodeContext<'send'>,
): Promise<{ readonly max: number; readonly perSeconds: number } | undefined> {
  const fallback = ctx.env.options.workspaceCap;
  if (!ctx.env.tables.has('messaging_settings')) return fallback;
  const [row] = await ctx.env.tx.query<{ fatigue_cap: unknown }>(
    'select fatigue_cap from messaging_settings where workspace_id = $1',
    [ctx.run.workspaceId],
  );
  const raw = typeof row?.fatigue_cap === 'string' ? JSON.parse(row.fatigue_cap) : row?.fatigue_cap;
  const parsed = fatigueCapSchema.safeParse(raw);
  if (!parsed.success) return fallback;
  return parsed.data.enabled ? parsed.data : undefined;
}

/**
 * Messages of this customer in the sliding window, plus those queued earlier in this batch. Scope
 * `journey`: all sends of the journey; `ads`: ad messages on the channel; `channel`: all messages on it.
 */
async function countRecent(
  ctx: NodeContext<'send'>,
  scope: 'journey' | 'ads' | 'channel',
  channel: Channel,
  perSeconds: number,
): Promise<number> {
  const since = new Date(ctx.env.now.getTime() - perSeconds * 1000).toISOString();
  const filter =
    scope === 'journey'
      ? 'journey_id = $3'
      : scope === 'ads'
        ? `channel = $3 and purpose = 'ad'`
        : 'channel = $3';
  const [row] = await ctx.env.tx.query<{ n: number }>(
    `select count(*)::int as n from outbox where workspace_id = $1 and customer_id = $2 and ${filter}
      and status in ('queued', 'sent', 'delivered') and created_at > $4::timestamptz`,
    [ctx.run.workspaceId, ctx.customer.id, scope === 'journey' ? ctx.run.journeyId : channel, since],
  );
  return (
    Number(row?.n ?? 0) +
    (ctx.env.pendingSends.get(pendingKey(scope, ctx.run.journeyId, channel, ctx.customer.id)) ?? 0)
  );
}

function pendingKey(
  scope: 'journey' | 'ads' | 'channel',
  journeyId: string,
  channel: string,
  customerId: string,
): string {
  return scope === 'journey' ? `j:${journeyId}:${customerId}` : `${scope}:${channel}:${customerId}`;
}

function outboxRow(
  ctx: NodeContext<'send'>,
  settings: SendSettings,
  status: 'queued' | 'skipped',
  content: unknown,
  rendered: unknown,
  fallback: unknown,
  reason: string | null,
): OutboxRow {
  const { run, node, visit, env, customer } = ctx;
  return {
    id: env.ports.ids.newId('msg'),
    workspaceId: run.workspaceId,
    journeyId: run.journeyId,
    journeyVersion: run.version,
    runId: run.id,
    nodeId: node.id,
    visit,
    idempotencyKey: `${run.id}:${node.id}:${visit}`,
    customerId: customer.id,
    externalId: customer.externalId,
    channel: settings.channel,
    purpose: settings.purpose,
    status,
    content: content ?? {},
    rendered: rendered ?? {},
    fallback,
    reason,
    nextAttemptAt: status === 'queued' ? env.now : null,
    createdAt: env.now,
  };
}

function skip(ctx: NodeContext<'send'>, settings: SendSettings, code: string, why: string): NodeResult {
  const label = channelLabel[settings.channel];
  ctx.env.writes.outbox.push(
    outboxRow(ctx, settings, 'skipped', settings.content, {}, null, `${code}: ${why}`),
  );
  return { kind: 'route', handle: 'next', reason: `${label} skipped: ${why}`, traceKind: 'skipped' };
}

/**
 * The send node: applies the sending rules in a fixed order (holdout, template, address, consent, opt-out,
 * quiet hours, journey cap, workspace fatigue cap), then writes one outbox row — `queued`, or `skipped` with
 * the reason — keyed by (run, node, visit) so a retried step never sends twice.
 */
export const sendHandler: NodeHandler<'send'> = async (ctx) => {
  const { node, cause, env, customer, version, timezone, run } = ctx;
  const settings = node.settings;
  const label = channelLabel[settings.channel];
  const failedConnected = version.compiled.edges.has(`${node.id}\u0000failed`);

  if (cause.kind === 'delivery') {
    if (cause.outcome === 'failed') {
      return {
        kind: 'route',
        handle: 'failed',
        reason: `${label} delivery failed${cause.reason ? `: ${cause.reason}` : ''}`,
        traceKind: 'failed',
      };
    }
    return { kind: 'route', handle: 'next', reason: `${label} ${cause.outcome}` };
  }
  if (cause.kind === 'due' && run.waitingEvent === deliveryWaitEvent) {
    return {
      kind: 'route',
      handle: 'next',
      reason: `no delivery outcome within ${env.options.deliveryOutcomeTimeoutSeconds}s; continuing`,
    };
  }

  if (run.holdout) return skip(ctx, settings, 'holdout', 'holdout group (control) never receives messages');

  let content: unknown = settings.content;
  if (settings.templateId) {
    const template = await loadTemplate(ctx, settings.templateId);
    if (!template)
      return skip(ctx, settings, 'template_missing', `template ${settings.templateId} not found`);
    content = template.content;
  }

  const address = addressOf(customer, settings.channel);
  if (!address) {
    return skip(
      ctx,
      settings,
      'no_address',
      `customer has no ${settings.channel === 'email' ? 'email' : 'phone number'}`,
    );
  }

  const consentKey = consentKeyOf[settings.channel];
  if (settings.purpose === 'ad' && consentKey) {
    const state = consentState(customer, consentKey, env.now);
    if (state !== 'valid') {
      return skip(
        ctx,
        settings,
        `consent_${state}`,
        state === 'expired'
          ? `${consentKey} marketing consent is older than 2 years`
          : `no ${consentKey} marketing consent`,
      );
    }
  }

  if (
    env.tables.has('optouts') &&
    (settings.channel === 'sms' || settings.channel === 'alimtalk' || settings.channel === 'brandmessage') &&
    settings.purpose === 'ad'
  ) {
    // Opt-outs are stored in domestic form (010…); `+82 10…` must match them too, as at delivery.
    const domestic = normalizePhone(String(address));
    const rows = await env.tx.query(
      'select 1 from optouts where workspace_id = $1 and phone = any($2::text[]) limit 1',
      [
        run.workspaceId,
        [String(address), String(address).replace(/\D/g, ''), ...(domestic ? [domestic] : [])],
      ],
    );
    if (rows.length > 0) return skip(ctx, settings, 'opted_out', `${address} opted out via 080`);
  }

  // Quiet hours: the legal ad window without night consent, and the journey's own window.
  const windows: { start: string; end: string; behavior: 'delay' | 'skip'; why: string }[] = [];
  if (settings.purpose === 'ad' && consentState(customer, 'night', env.now) !== 'valid') {
    const q = env.options.adQuietHours;
    windows.push({
      ...q,
      behavior: version.settings.quietHours?.behavior ?? 'delay',
      why: 'ads without night consent',
    });
  }
  if (version.settings.quietHours)
    windows.push({ ...version.settings.quietHours, why: 'journey quiet hours' });
  const active = windows.filter((w) => isWithinLocalWindow(env.now, w.start, w.end, timezone));
  if (active.length > 0) {
    const describe = active.map((w) => `${w.start}–${w.end} ${timezone} (${w.why})`).join(', ');
    if (active.some((w) => w.behavior === 'skip'))
      return skip(ctx, settings, 'quiet_hours', `quiet hours ${describe}`);
    const until = new Date(
      Math.max(...active.map((w) => endOfLocalWindow(env.now, w.end, timezone).getTime())),
    );
    return {
      kind: 'wait',
      wakeAt: until,
      reason: `${label} delayed: quiet hours ${describe} until ${until.toISOString()}`,
    };
  }

  const cap = version.settings.frequencyCap;
  const workspaceCap = await workspaceFatigueCap(ctx);
  // Ads count ads on the channel; an informational send (unless the journey opts out) counts every message on it.
  const capScope = settings.purpose === 'ad' ? 'ads' : 'channel';
  const capped =
    workspaceCap !== undefined && (settings.purpose === 'ad' || !version.settings.bypassWorkspaceCapForInfo);
  if ((cap || capped) && !(await lockCustomerSends(ctx))) {
    const retryAt = new Date(env.now.getTime() + SEND_LOCK_RETRY_MS);
    return {
      kind: 'wait',
      wakeAt: retryAt,
      reason: `${label} deferred: another send to this customer is being decided (caps are counted one send at a time)`,
    };
  }
  if (cap && (await countRecent(ctx, 'journey', settings.channel, cap.perSeconds)) >= cap.max) {
    return skip(
      ctx,
      settings,
      'frequency_cap',
      `frequency cap ${cap.max} per ${cap.perSeconds / 3600}h reached`,
    );
  }
  if (
    capped &&
    (await countRecent(ctx, capScope, settings.channel, workspaceCap.perSeconds)) >= workspaceCap.max
  ) {
    return skip(
      ctx,
      settings,
      'fatigue_cap',
      `workspace fatigue cap ${workspaceCap.max} ${label} per ${workspaceCap.perSeconds / 3600}h reached`,
    );
  }

  const { rendered, missingVariables } = renderForRun(
    settings.channel,
    content,
    customer,
    run.triggerEvent,
    env.now,
    timezone,
  );
  const fallback = settings.fallback
    ? {
        channel: settings.fallback.channel,
        content: settings.fallback.content,
        rendered: renderForRun(
          settings.fallback.channel,
          settings.fallback.content,
          customer,
          run.triggerEvent,
          env.now,
          timezone,
        ).rendered,
      }
    : null;
  const row = outboxRow(ctx, settings, 'queued', content, rendered, fallback, null);
  env.writes.outbox.push(row);
  const scopes =
    settings.purpose === 'ad' ? (['journey', 'ads', 'channel'] as const) : (['journey', 'channel'] as const);
  for (const key of scopes.map((scope) => pendingKey(scope, run.journeyId, settings.channel, customer.id))) {
    env.pendingSends.set(key, (env.pendingSends.get(key) ?? 0) + 1);
  }
  const missing = missingVariables.length > 0 ? ` (missing variables: ${missingVariables.join(', ')})` : '';
  const fallbackNote = fallback ? `, fallback ${channelLabel[fallback.channel]} ready` : '';
  const queued = `${label} queued as ${row.id}${fallbackNote}${missing}`;
  if (failedConnected) {
    return {
      kind: 'wait',
      wakeAt: new Date(env.now.getTime() + env.options.deliveryOutcomeTimeoutSeconds * 1000),
      waitingEvent: deliveryWaitEvent,
      reason: `${queued}; waiting for the delivery outcome (failed handle connected)`,
    };
  }
  // One trace line per send (what was queued is the reason for leaving), to keep trace writes lean.
  return { kind: 'route', handle: 'next', reason: queued };
};
