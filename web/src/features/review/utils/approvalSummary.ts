import { effectivePurpose } from '@journeyflow/shared/compliance/effectivePurpose';
import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import {
  type Channel,
  channelSchema,
  type MessagePurpose,
} from '@journeyflow/shared/messaging/channelContent';

/** Who a journey can reach, as far as is known before it runs. */
export type ReachSource =
  | { readonly kind: 'segment'; readonly segmentId: string }
  | { readonly kind: 'event'; readonly event: string }
  | { readonly kind: 'other' };

export type ApprovalSummary = {
  readonly stepCount: number;
  readonly channels: readonly Channel[];
  /** Send steps that go out as ads (the step's purpose or its template's). */
  readonly adSteps: readonly { readonly nodeId: string; readonly name?: string; readonly channel: Channel }[];
  readonly reach: readonly ReachSource[];
};

/**
 * What the reviewer approves, in one glance: how many steps, which channels, which steps are ads and who
 * enters. Templates decide the purpose of steps sending them (an ad template makes an ad step).
 */
export function approvalSummary(
  graph: Pick<DraftJourneyGraph, 'nodes'>,
  templates: readonly { readonly id: string; readonly purpose: MessagePurpose }[] = [],
): ApprovalSummary {
  const channels = new Set<Channel>();
  const adSteps: { nodeId: string; name?: string; channel: Channel }[] = [];
  const reach: ReachSource[] = [];
  for (const node of graph.nodes) {
    const s = node.settings;
    if (node.type === 'send') {
      const channel = channelSchema.safeParse(s.channel);
      if (!channel.success) continue;
      channels.add(channel.data);
      const template = templates.find((candidate) => candidate.id === s.templateId);
      const purpose = effectivePurpose(s.purpose === 'ad' ? 'ad' : 'info', template?.purpose);
      if (purpose === 'ad')
        adSteps.push({ nodeId: node.id, ...(node.label ? { name: node.label } : {}), channel: channel.data });
    } else if (node.type === 'entry.segment' && typeof s.segmentId === 'string' && s.segmentId !== '') {
      reach.push({ kind: 'segment', segmentId: s.segmentId });
    } else if (
      (node.type === 'entry.event' || node.type === 'entry.behavior') &&
      typeof s.event === 'string'
    ) {
      reach.push({ kind: 'event', event: s.event });
    } else if (node.type.startsWith('entry.')) {
      reach.push({ kind: 'other' });
    }
  }
  return { stepCount: graph.nodes.length, channels: [...channels], adSteps, reach };
}
