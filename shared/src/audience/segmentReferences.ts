import type { Condition } from '../journey/condition';
import { LIMITS } from '../limits';

/** Segment ids a Condition refers to through `{ segment }` leaves (also inside event `where`). */
export function referencedSegments(condition: Condition, into: Set<string> = new Set()): Set<string> {
  // An explicit stack: stored conditions from before the depth cap may be deep.
  const stack: unknown[] = [condition];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const c = node as Record<string, unknown>;
    if (Array.isArray(c.all)) stack.push(...c.all);
    else if (Array.isArray(c.any)) stack.push(...c.any);
    else if ('not' in c) stack.push(c.not);
    else if ('event' in c && c.where) stack.push(c.where);
    else if (typeof c.segment === 'string') into.add(c.segment);
  }
  return into;
}

export type SegmentReferenceCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly cycle: readonly string[] }
  | { readonly ok: false; readonly tooDeep: number };

/**
 * Whether saving segment `id` with references `refs[id]` keeps the workspace's references acyclic
 * (no segment reaches itself, directly or through others) and every chain through `id` at most
 * `LIMITS.segmentReferenceDepth` references long. `refs` maps every dynamic segment (with `id`'s new
 * references) to the segments it names. Linear in the segments and references involved; older cycles
 * elsewhere that do not pass through `id` are not this save's doing and are left alone.
 */
export function checkSegmentReferences(
  id: string,
  refs: ReadonlyMap<string, ReadonlySet<string>>,
): SegmentReferenceCheck {
  const down = longestChain(id, (node) => refs.get(node) ?? []);
  if ('cycle' in down) return { ok: false, cycle: down.cycle };
  const referrers = new Map<string, string[]>();
  for (const [from, targets] of refs) {
    for (const to of targets) {
      const list = referrers.get(to);
      if (list) list.push(from);
      else referrers.set(to, [from]);
    }
  }
  const up = longestChain(id, (node) => referrers.get(node) ?? []);
  const depth = down.depth + ('depth' in up ? up.depth : 0);
  return depth > LIMITS.segmentReferenceDepth ? { ok: false, tooDeep: depth } : { ok: true };
}

/**
 * The longest chain of edges from `start` (iterative depth-first search with memoized depths), or
 * the cycle back to `start` when there is one.
 */
function longestChain(
  start: string,
  next: (node: string) => Iterable<string>,
): { depth: number } | { cycle: string[] } {
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const frames: { node: string; targets: string[]; i: number; best: number }[] = [];
  const enter = (node: string) => {
    onPath.add(node);
    frames.push({ node, targets: [...next(node)], i: 0, best: 0 });
  };
  enter(start);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.i < frame.targets.length) {
      const target = frame.targets[frame.i++]!;
      if (target === start) return { cycle: [...frames.map((f) => f.node), start] };
      const known = depth.get(target);
      if (known !== undefined) frame.best = Math.max(frame.best, known + 1);
      else if (!onPath.has(target)) enter(target);
      continue;
    }
    frames.pop();
    onPath.delete(frame.node);
    depth.set(frame.node, frame.best);
    const parent = frames[frames.length - 1];
    if (parent) parent.best = Math.max(parent.best, frame.best + 1);
  }
  return { depth: depth.get(start) ?? 0 };
}
