import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeDefinition } from '@journeyflow/shared/journey/nodeDefinition';
import { nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';

export type HandleInfo = { readonly id: string; readonly label: string };

type Branch = { id: string; label?: string };

/**
 * Output handles of a node with the labels drawn beside them: split branches show their label, the
 * others their handle name (`yes`/`no`, `matched`/`timeout`, `next`, `failed`).
 */
export function nodeHandles(node: DraftJourneyNode): readonly HandleInfo[] {
  const definition = nodeRegistry[node.type] as NodeDefinition;
  let ids: readonly string[];
  try {
    ids = definition.outputHandles(node.settings);
  } catch {
    // Half-edited settings (e.g. branches removed) must not break drawing.
    ids = [];
  }
  const branches: readonly Branch[] =
    'branches' in node.settings && Array.isArray(node.settings.branches)
      ? (node.settings.branches as Branch[])
      : [];
  return ids.map((id) => {
    const branch = branches.find((candidate) => candidate.id === id);
    return { id, label: branch?.label ? branch.label : id };
  });
}
