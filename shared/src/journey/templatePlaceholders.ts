/**
 * Settings keys that name an object of one workspace: a saved message template, an AlimTalk template
 * code registered with Kakao, or a segment (also inside conditions, `{ segment, in }`).
 */
const WORKSPACE_REFERENCE_KEYS = new Set(['templateId', 'templateCode', 'segmentId', 'segment']);

const blank = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(blank);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      WORKSPACE_REFERENCE_KEYS.has(key) && typeof inner === 'string' ? '' : blank(inner),
    ]),
  );
};

type GraphLike = {
  readonly nodes: readonly { readonly settings?: unknown }[];
  readonly edges: readonly unknown[];
};

/**
 * A gallery journey made workspace-neutral: every template and segment reference is emptied, so the
 * new draft's validation lists exactly the placeholders the marketer must fill ("Choose a segment", …).
 * Pure: the input is not changed.
 */
export const blankWorkspaceReferences = <G extends GraphLike>(graph: G): G =>
  ({
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, settings: blank(node.settings ?? {}) })),
  }) as G;
