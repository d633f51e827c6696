import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import {
  liquidScope,
  type RenderContext,
  renderContent,
  renderLiquid,
} from '@journeyflow/shared/messaging/renderContent';
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

/** Renders a message for one customer and the run's entry event (Liquid, shared with the editor preview). */
export function renderForRun(
  channel: Channel,
  content: unknown,
  customer: CustomerRecord,
  trigger: TriggerEvent | null,
  now: Date,
  timezone: string,
): { rendered: unknown; missingVariables: readonly string[] } {
  return renderContent(channel, content as never, renderContext(customer, trigger, now, timezone));
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
