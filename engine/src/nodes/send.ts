import { effectivePurpose } from '@journeyflow/shared/compliance/effectivePurpose';
import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import { addressOf } from '../rules/address';
import { alimtalkAdViolation } from '../rules/alimtalkAd';
import { type CapScope, fatigueCapViolation, totalAdCapViolation } from '../rules/caps';
import { channelLabel } from '../rules/channelLabel';
import { consentViolation } from '../rules/consent';
import { optoutKeyOf, optoutViolation } from '../rules/optout';
import { activeQuietWindows } from '../rules/quietWindows';
import type { SendRuleViolation } from '../rules/sendRuleViolation';
import { workspaceSendSettings } from '../rules/workspaceSendSettings';
import { renderMessageForRun } from '../step/renderForRun';
import type { OutboxRow } from '../step/stepWrites';
import type { EnginePlugin } from './enginePlugin';
import type { NodeContext, NodeHandler, NodeResult } from './nodeHandler';
import { countRecent, lockCustomerSends, pendingKey, SEND_LOCK_RETRY_MS } from './sendCapCount';
import { loadTemplate } from './sendTemplate';
import { trackSendLinks } from './trackSendLinks';

/** The waiting_event of a run parked on a send node until its delivery outcome is known. */
export const deliveryWaitEvent = '__delivery';

type SendSettings = NodeContext<'send'>['node']['settings'];

function outboxRow(
  ctx: NodeContext<'send'>,
  settings: SendSettings,
  purpose: MessagePurpose,
  status: OutboxRow['status'],
  content: unknown,
  rendered: unknown,
  fallback: unknown,
  reason: string | null,
  id = ctx.env.ports.ids.newId('msg'),
): OutboxRow {
  const { run, node, visit, env, customer } = ctx;
  return {
    id,
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
    purpose,
    status,
    content: content ?? {},
    rendered: rendered ?? {},
    fallback,
    reason,
    nextAttemptAt: status === 'queued' ? env.now : null,
    createdAt: env.now,
  };
}

/**
 * A message that is not sent: its outbox row with the reason and nothing rendered kept. `skipped` (a
 * sending rule said no) goes on to `next`; `failed` (it cannot be sent as rendered: template refused or
 * over its limits, unsafe link) takes the `failed` handle when it is connected.
 */
function notSent(
  ctx: NodeContext<'send'>,
  purpose: MessagePurpose,
  status: 'skipped' | 'failed',
  code: string,
  why: string,
): NodeResult {
  const settings = ctx.node.settings;
  ctx.env.writes.outbox.push(
    outboxRow(ctx, settings, purpose, status, settings.content, {}, null, `${code}: ${why}`),
  );
  const failed = status === 'failed';
  const failedConnected = failed && ctx.version.compiled.edges.has(`${ctx.node.id}\u0000failed`);
  return {
    kind: 'route',
    handle: failedConnected ? 'failed' : 'next',
    reason: `${channelLabel[settings.channel]} ${status}: ${failed ? `${code}: ` : ''}${why}`,
    traceKind: status,
    code: `send.${status}`,
    params: { channel: settings.channel, why: code },
  };
}

function skip(ctx: NodeContext<'send'>, purpose: MessagePurpose, code: string, why: string): NodeResult {
  return notSent(ctx, purpose, 'skipped', code, why);
}

function fail(ctx: NodeContext<'send'>, purpose: MessagePurpose, code: string, why: string): NodeResult {
  return notSent(ctx, purpose, 'failed', code, why);
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
        code: 'send.delivery_failed',
        params: { channel: settings.channel },
      };
    }
    return {
      kind: 'route',
      handle: 'next',
      reason: `${label} ${cause.outcome}`,
      code: 'send.outcome',
      params: { channel: settings.channel, outcome: cause.outcome },
    };
  }
  if (cause.kind === 'due' && run.waitingEvent === deliveryWaitEvent) {
    return {
      kind: 'route',
      handle: 'next',
      reason: `no delivery outcome within ${env.options.deliveryOutcomeTimeoutSeconds}s; continuing`,
      code: 'send.no_outcome',
      params: { channel: settings.channel, seconds: env.options.deliveryOutcomeTimeoutSeconds },
    };
  }

  if (run.holdout)
    return skip(ctx, settings.purpose, 'holdout', 'holdout group (control) never receives messages');

  let content: unknown = settings.content;
  let templatePurpose: MessagePurpose | undefined;
  if (settings.templateId) {
    const template = await loadTemplate(ctx, settings.templateId);
    if (!template)
      return skip(ctx, settings.purpose, 'template_missing', `template ${settings.templateId} not found`);
    content = template.content;
    templatePurpose = template.purpose === 'ad' ? 'ad' : 'info';
  }
  // A step cannot downgrade an ad template: the send is an ad when either says so (issue 13).
  const purpose = effectivePurpose(settings.purpose, templatePurpose);
  const refuse = (violation: SendRuleViolation) => skip(ctx, purpose, violation.code, violation.why);

  const alimtalkAd = alimtalkAdViolation(settings.channel, purpose);
  if (alimtalkAd) return refuse(alimtalkAd);

  const address = addressOf(customer, settings.channel);
  if (!address) {
    return skip(
      ctx,
      purpose,
      'no_address',
      `customer has no ${settings.channel === 'email' ? 'email' : 'phone number'}`,
    );
  }

  const consent = consentViolation(customer, settings.channel, purpose, env.now);
  if (consent) return refuse(consent);

  const optoutKey = optoutKeyOf(customer, settings.channel, purpose);
  if (optoutKey) {
    const rows = await env.tx.query('select 1 from optouts where workspace_id = $1 and phone = $2 limit 1', [
      run.workspaceId,
      optoutKey,
    ]);
    if (rows.length > 0) return refuse(optoutViolation(String(address))!);
  }

  // Quiet hours: the legal ad window without night consent, and the journey's own window.
  const { windows, night } = activeQuietWindows(
    customer,
    purpose,
    env.now,
    timezone,
    env.options.adQuietHours,
    version.settings.quietHours,
  );
  if (windows.length > 0) {
    const describe = windows.map((w) => w.why).join(', ');
    if (windows.some((w) => w.behavior === 'skip'))
      return skip(ctx, purpose, night ? 'night_window' : 'quiet_hours', `quiet hours ${describe}`);
    const until = new Date(Math.max(...windows.map((w) => w.end.getTime())));
    return {
      kind: 'wait',
      wakeAt: until,
      reason: `${label} delayed: quiet hours ${describe} until ${until.toISOString()}`,
      code: 'send.quiet_delayed',
      params: { channel: settings.channel, until: until.toISOString(), night },
    };
  }

  const cap = version.settings.frequencyCap;
  const { caps, linkBase } = await workspaceSendSettings(env, run.workspaceId);
  const workspaceCap = caps.fatigue;
  // Ads count ads on the channel; an informational send (unless the journey opts out) counts every message on it.
  const capScope = purpose === 'ad' ? 'ads' : 'channel';
  const capped =
    workspaceCap !== undefined && (purpose === 'ad' || !version.settings.bypassWorkspaceCapForInfo);
  const totalAdCap = purpose === 'ad' ? caps.totalAd : undefined;
  if ((cap || capped || totalAdCap) && !(await lockCustomerSends(ctx))) {
    const retryAt = new Date(env.now.getTime() + SEND_LOCK_RETRY_MS);
    return {
      kind: 'wait',
      wakeAt: retryAt,
      reason: `${label} deferred: another send to this customer is being decided (caps are counted one send at a time)`,
      code: 'send.deferred',
      params: { channel: settings.channel },
    };
  }
  if (cap && (await countRecent(ctx, 'journey', settings.channel, cap.perSeconds)) >= cap.max) {
    return skip(
      ctx,
      purpose,
      'frequency_cap',
      `frequency cap ${cap.max} per ${cap.perSeconds / 3600}h reached`,
    );
  }
  if (capped) {
    const count = await countRecent(ctx, capScope, settings.channel, workspaceCap.perSeconds);
    const violation = fatigueCapViolation(workspaceCap, count, settings.channel);
    if (violation) return refuse(violation);
  }
  if (totalAdCap) {
    const count = await countRecent(ctx, 'allAds', settings.channel, totalAdCap.perSeconds);
    const violation = totalAdCapViolation(totalAdCap, count);
    if (violation) return refuse(violation);
  }

  const main = renderMessageForRun(settings.channel, content, customer, run.triggerEvent, env.now, timezone);
  if (!main.ok) return fail(ctx, purpose, main.code, main.reason);
  const { rendered, missingVariables } = main;
  let fallback: { channel: Channel; content: unknown; rendered: unknown } | null = null;
  if (settings.fallback) {
    const { channel: fallbackChannel, content: fallbackContent } = settings.fallback;
    const alt = renderMessageForRun(
      fallbackChannel,
      fallbackContent,
      customer,
      run.triggerEvent,
      env.now,
      timezone,
    );
    if (!alt.ok)
      return fail(ctx, purpose, alt.code, `fallback ${channelLabel[fallbackChannel]}: ${alt.reason}`);
    fallback = { channel: fallbackChannel, content: fallbackContent, rendered: alt.rendered };
  }
  // Tracked links are made here, after the unsafe-link check, for the message and its fallback alike.
  const messageId = env.ports.ids.newId('msg');
  const tracked = await trackSendLinks(ctx, settings.channel, messageId, rendered, linkBase);
  if (fallback)
    fallback = {
      ...fallback,
      rendered: await trackSendLinks(ctx, 'sms', messageId, fallback.rendered, linkBase),
    };
  const row = outboxRow(ctx, settings, purpose, 'queued', content, tracked, fallback, null, messageId);
  env.writes.outbox.push(row);
  const scopes: readonly CapScope[] =
    purpose === 'ad' ? ['journey', 'ads', 'channel', 'allAds'] : ['journey', 'channel'];
  for (const key of scopes.map((scope) => pendingKey(scope, run.journeyId, settings.channel, customer.id))) {
    env.pendingSends.set(key, (env.pendingSends.get(key) ?? 0) + 1);
  }
  const missing = missingVariables.length > 0 ? ` (missing variables: ${missingVariables.join(', ')})` : '';
  const fallbackNote = fallback ? `, fallback ${channelLabel[fallback.channel]} ready` : '';
  const queued = `${label} queued as ${row.id}${fallbackNote}${missing}`;
  const queuedParams = {
    channel: settings.channel,
    fallback: fallback ? fallback.channel : null,
    missing: missingVariables.join(', '),
  };
  if (failedConnected) {
    return {
      kind: 'wait',
      wakeAt: new Date(env.now.getTime() + env.options.deliveryOutcomeTimeoutSeconds * 1000),
      waitingEvent: deliveryWaitEvent,
      reason: `${queued}; waiting for the delivery outcome (failed handle connected)`,
      code: 'send.queued_waiting',
      params: queuedParams,
    };
  }
  // One trace line per send (what was queued is the reason for leaving), to keep trace writes lean.
  return { kind: 'route', handle: 'next', reason: queued, code: 'send.queued', params: queuedParams };
};

export const sendPlugin: EnginePlugin<'send'> = { step: sendHandler };
