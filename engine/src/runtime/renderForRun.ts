import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { renderContent, renderText } from '@journeyflow/shared/messaging/renderContent';
import { type CustomerRecord, customerView } from './customerRecord';
import type { TriggerEvent } from './runRecord';

function liquidContext(customer: CustomerRecord, trigger: TriggerEvent | null) {
  return {
    customer: customerView(customer),
    event: trigger
      ? { name: trigger.name, properties: trigger.properties, timestamp: trigger.ts }
      : undefined,
  };
}

/** Renders a message for one customer and the run's entry event (Liquid, shared with the editor preview). */
export function renderForRun(
  channel: Channel,
  content: unknown,
  customer: CustomerRecord,
  trigger: TriggerEvent | null,
): { rendered: unknown; missingVariables: readonly string[] } {
  return renderContent(channel, content as never, liquidContext(customer, trigger));
}

/** Renders one `update` value: strings may hold Liquid, other values are kept as they are. */
export function renderValueForRun(
  value: unknown,
  customer: CustomerRecord,
  trigger: TriggerEvent | null,
): unknown {
  if (typeof value !== 'string' || !value.includes('{{')) return value;
  return renderText(value, liquidContext(customer, trigger)).rendered;
}
