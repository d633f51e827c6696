import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { type Channel, channelSchema } from '@journeyflow/shared/messaging/channelContent';
import type { MessageType } from '@journeyflow/shared/messaging/channelSettings';
import {
  estimateMessageCost,
  type MessageCostEstimate,
} from '@journeyflow/shared/messaging/estimateMessageCost';

export type SendNodeCost = {
  readonly nodeId: string;
  readonly label: string;
  readonly channel: Channel;
  /** Null when the node uses a template that no longer exists (its SMS type cannot be known). */
  readonly estimate: MessageCostEstimate | null;
};

type TemplateContent = { readonly id: string; readonly content: unknown };

/**
 * The estimated cost of one message for every send step of a journey (the publish dialog's table), with
 * the same `estimateMessageCost` the send inspector uses: content inline or from the step's template,
 * priced with the workspace's prices. `recipients` scales the total when an audience size is known.
 */
export function sendNodeCosts(
  graph: DraftJourneyGraph,
  templates: readonly TemplateContent[],
  prices: Readonly<Partial<Record<MessageType, number>>>,
  recipients = 1,
): SendNodeCost[] {
  const costs: SendNodeCost[] = [];
  for (const node of graph.nodes) {
    if (node.type !== 'send') continue;
    const channel = channelSchema.safeParse(node.settings.channel);
    if (!channel.success) continue;
    const templateId = node.settings.templateId;
    const content =
      typeof templateId === 'string' && templateId !== ''
        ? templates.find((template) => template.id === templateId)?.content
        : node.settings.content;
    costs.push({
      nodeId: node.id,
      label: node.label ?? node.id,
      channel: channel.data,
      estimate: content === undefined ? null : estimateMessageCost(channel.data, content, recipients, prices),
    });
  }
  return costs;
}
