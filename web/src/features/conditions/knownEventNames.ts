import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';

/** Events the demo shop and the seed journeys send; suggestions only, any name can be typed. */
export const commonEventNames = [
  'product_viewed',
  'product_searched',
  'cart_added',
  'purchase',
  'signup',
  'app_opened',
  'coupon_used',
  'unsubscribe',
] as const;

/**
 * Event-name suggestions: what the workspace has received (in the catalog's order, most frequent first),
 * then names used in this journey and the common names, alphabetically, each once.
 */
export function knownEventNames(seen: readonly string[], nodes: readonly DraftJourneyNode[]): string[] {
  const rest = new Set<string>(commonEventNames);
  for (const node of nodes) {
    const settings = node.settings as Record<string, unknown>;
    for (const key of ['event', 'withoutEvent'] as const) {
      const value = settings[key];
      if (typeof value === 'string' && value) rest.add(value);
    }
  }
  const first = new Set(seen);
  return [...first, ...[...rest].filter((name) => !first.has(name)).sort()];
}

/** Segment ids referenced by this journey's nodes, for the segment inputs' suggestions. */
export function usedSegmentIds(nodes: readonly DraftJourneyNode[]): string[] {
  const ids = new Set<string>();
  for (const node of nodes) {
    const value = (node.settings as Record<string, unknown>).segmentId;
    if (typeof value === 'string' && value) ids.add(value);
  }
  return [...ids].sort();
}
