import type { JourneyStats } from '@journeyflow/shared/api/stats';

type Edge = { readonly id: string; readonly source: string; readonly target: string };

/**
 * Customers who travelled each edge, estimated from per-node counts: everyone who entered the target
 * came through its only incoming edge; with several incoming edges, the source's completions bound it.
 */
export function edgeTraffic(edges: readonly Edge[], stats: JourneyStats): Map<string, number> {
  const incoming = new Map<string, number>();
  for (const edge of edges) incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + 1);
  const traffic = new Map<string, number>();
  for (const edge of edges) {
    const target = stats.nodes[edge.target];
    const source = stats.nodes[edge.source];
    const value =
      incoming.get(edge.target) === 1
        ? (target?.entered ?? 0)
        : Math.min(source?.completed ?? 0, target?.entered ?? 0);
    traffic.set(edge.id, value);
  }
  return traffic;
}

/** Stroke width for a traffic count relative to the busiest edge: 1.5 px (none) to 9 px (busiest). */
export function strokeWidthFor(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 1.5;
  return 2 + 7 * Math.sqrt(count / max);
}
