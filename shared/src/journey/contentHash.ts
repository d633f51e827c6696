import { canonicalJson } from '../util/canonicalJson';
import { sha256Hex } from '../util/sha256';
import { isEmptyPin, type PinnedTemplates } from './pinnedTemplates';

type HashableGraph = {
  readonly nodes: readonly {
    readonly id: string;
    readonly position?: unknown;
    readonly [key: string]: unknown;
  }[];
  readonly edges: readonly {
    readonly id: string;
    readonly sourceHandle?: string;
    readonly [key: string]: unknown;
  }[];
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The content hash an approval is bound to (SPEC §3): SHA-256 (hex) of the canonical JSON of the
 * graph and the journey settings.
 *
 * Node `position`s are left out on purpose: tidying the canvas (auto-layout, dragging a node) does
 * not change what customers experience, so it must not void a reviewer's approval. Everything else
 * counts, labels included, since reviewers read them. The order of nodes and edges does not count,
 * and an edge without `sourceHandle` hashes like one with `"next"`.
 *
 * `pinned` (the template versions and AlimTalk registrations fixed at submit) counts too, so an approval
 * covers the text customers get, not only the graph; without pins the hash is that of graph + settings.
 */
export function journeyContentHash(
  graph: HashableGraph,
  settings: unknown,
  pinned?: PinnedTemplates | null,
): string {
  const nodes = graph.nodes.map(({ position: _position, ...node }) => node).sort(byId);
  const edges = graph.edges
    .map((edge) => ({ ...edge, sourceHandle: edge.sourceHandle ?? 'next' }))
    .sort(byId);
  return sha256Hex(
    canonicalJson({
      graph: { nodes, edges },
      settings: settings ?? {},
      ...(pinned && !isEmptyPin(pinned) ? { pinned } : {}),
    }),
  );
}
