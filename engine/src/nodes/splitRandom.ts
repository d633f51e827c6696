import { stableBucket } from '../step/stableBucket';
import type { EnginePlugin } from './enginePlugin';
import type { NodeHandler } from './nodeHandler';

/** Bucket 0–99 from hash(run id, node id): a run always takes the same branch, also after a crash and retry. */
export const splitRandomHandler: NodeHandler<'split.random'> = async ({ node, run }) => {
  const bucket = stableBucket(`${run.id}:${node.id}`);
  let upper = 0;
  const branches = node.settings.branches;
  for (const branch of branches) {
    const lower = upper;
    upper += branch.percent;
    if (bucket < upper) {
      return {
        kind: 'route',
        handle: branch.id,
        reason: `random bucket ${bucket} → ${branch.label || branch.id} (${lower}–${upper - 1})`,
        code: 'split.random',
        params: { bucket, branch: branch.label || branch.id },
      };
    }
  }
  const last = branches[branches.length - 1];
  return {
    kind: 'route',
    handle: last?.id ?? 'else',
    reason: `random bucket ${bucket} → ${last?.label ?? last?.id}`,
    code: 'split.random',
    params: { bucket, branch: last?.label || last?.id || 'else' },
  };
};

export const splitRandomPlugin: EnginePlugin<'split.random'> = { step: splitRandomHandler };
