import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import {
  liquidScope,
  type RenderContext,
  renderContent,
  renderLiquid,
} from '@journeyflow/shared/messaging/renderContent';
import { TemplateError } from '@journeyflow/shared/messaging/templateError';
import { unsafeLinkReason, unsafeLinks } from '@journeyflow/shared/messaging/unsafeLinks';
import { type CustomerRecord, conditionCustomer } from './customerRecord';
import type { TriggerEvent } from './runRecord';

function renderContext(
  customer: CustomerRecord,
  trigger: TriggerEvent | null,
  now: Date,
  timezone: string,
): RenderContext {
  const c = conditionCustomer(customer, now);
  return {
    customer: {
      externalId: customer.externalId,
      attributes: { phone: customer.phone, email: customer.email, ...customer.attributes },
      grade: c.grade ?? null,
      timezone: customer.timezone,
      locale: customer.locale,
      ...(c.rfm ? { rfm: c.rfm as Record<string, unknown> } : {}),
    },
    ...(trigger
      ? { event: { name: trigger.name, properties: trigger.properties, timestamp: trigger.ts } }
      : {}),
    now,
    timezone,
  };
}

/** A message rendered for sending, or why it cannot be sent (its reason code and words). */
export type RenderedMessage =
  | { readonly ok: true; readonly rendered: unknown; readonly missingVariables: readonly string[] }
  | { readonly ok: false; readonly code: string; readonly reason: string };

/**
 * Renders a message for one customer and the run's entry event (Liquid, shared with the editor preview) and
 * checks what came out: a template the sandbox refuses or that exceeds its limits
 * (`template_*`), or a link that is not http(s) after rendering (`unsafe_link`), fails this one message.
 */
export function renderMessageForRun(
  channel: Channel,
  content: unknown,
  customer: CustomerRecord,
  trigger: TriggerEvent | null,
  now: Date,
  timezone: string,
): RenderedMessage {
  let result: { rendered: unknown; missingVariables: readonly string[] };
  try {
    result = renderContent(channel, content as never, renderContext(customer, trigger, now, timezone));
  } catch (error) {
    // Refused or runaway templates fail this message; other template errors throw as before (the run fails).
    if (error instanceof TemplateError && error.code !== 'template_render_failed')
      return { ok: false, code: error.code, reason: error.message };
    throw error;
  }
  const unsafe = unsafeLinks(channel, result.rendered);
  if (unsafe.length > 0) return { ok: false, code: 'unsafe_link', reason: unsafeLinkReason(unsafe) };
  return { ok: true, ...result };
}

/** Renders one `update` value: strings may hold Liquid, other values are kept as they are. */
export function renderValueForRun(
  value: unknown,
  customer: CustomerRecord,
  trigger: TriggerEvent | null,
  now: Date,
  timezone: string,
): unknown {
  if (typeof value !== 'string' || !value.includes('{')) return value;
  return renderLiquid(value, liquidScope(renderContext(customer, trigger, now, timezone)), {
    timeZone: timezone,
  });
}
