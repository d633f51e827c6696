import { LIMITS, type LimitExceeded, limitIssueParams } from '../limits';

export type ConditionCaps = {
  readonly conditionDepth: number;
  readonly conditionLeaves: number;
  readonly inListLength: number;
};

/**
 * Only the depth cap, for code that walks stored conditions recursively (compilers): a stored row from
 * before the caps may be long or wide, which costs time but cannot overflow the stack.
 */
export const DEPTH_ONLY: ConditionCaps = {
  conditionDepth: LIMITS.conditionDepth,
  conditionLeaves: Number.POSITIVE_INFINITY,
  inListLength: Number.POSITIVE_INFINITY,
};

/**
 * The first cap (`LIMITS`) a condition exceeds — depth, leaves or an `in` list's length — or
 * undefined. Walks the raw input with an explicit stack, so it is safe on input of any depth and stops
 * at the first cap, bounding its own work too. Runs before the recursive zod schema, which would
 * otherwise overflow the stack on deep input. Condition objects it walked are added to `seen` (when
 * given), so nested parses can skip them.
 */
export function conditionBoundsExceeded(
  root: unknown,
  seen?: WeakSet<object>,
  caps: ConditionCaps = LIMITS,
): LimitExceeded | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  let leaves = 0;
  // Marked as measured only once the whole condition passed: a refused one is measured again each time.
  const walked: object[] = [];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    if (depth > caps.conditionDepth) return limitIssueParams('conditionDepth');
    walked.push(value);
    const node = value as Record<string, unknown>;
    const children: unknown[] = [];
    if (Array.isArray(node.all)) children.push(...node.all.slice(0, caps.conditionLeaves + 1));
    else if (Array.isArray(node.any)) children.push(...node.any.slice(0, caps.conditionLeaves + 1));
    else if ('not' in node) children.push(node.not);
    else {
      leaves += 1;
      if (leaves > caps.conditionLeaves) return limitIssueParams('conditionLeaves');
      if (node.op === 'in' && Array.isArray(node.value) && node.value.length > caps.inListLength)
        return limitIssueParams('inListLength');
      if ('where' in node) children.push(node.where);
    }
    // An empty group is a test of its own (always true or false), so it counts as a leaf.
    if (children.length === 0 && ('all' in node || 'any' in node)) leaves += 1;
    if (children.length > caps.conditionLeaves || leaves > caps.conditionLeaves)
      return limitIssueParams('conditionLeaves');
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  if (seen) for (const value of walked) seen.add(value);
  return undefined;
}

/** The English message of a limit issue; the web shows its own words from `limit` and `max`. */
export function limitMessage(exceeded: LimitExceeded): string {
  const what: Record<LimitExceeded['limit'], string> = {
    graphNodes: 'steps in a journey',
    graphEdges: 'connections in a journey',
    splitBranches: 'branches in a split',
    conditionDepth: 'levels of nesting in a condition',
    conditionLeaves: 'tests in a condition',
    inListLength: 'values in an "in" list',
    jsonDepth: 'levels of nesting in a request body',
    segmentReferenceDepth: 'segments chained by references',
    enrollBatch: 'customers in one enrol call',
  };
  return `Too large: at most ${exceeded.max.toLocaleString('en-US')} ${what[exceeded.limit]}`;
}
