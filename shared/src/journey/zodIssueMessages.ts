import type { z } from 'zod';

export type FieldMessage = {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The message does not say which field it is about (e.g. "This field is required"). */
  readonly generic: boolean;
  /** What is wrong, for the web's words: a value is missing (or empty), or the value given is not valid. */
  readonly problem?: 'required' | 'invalid';
};

function problemOf(issue: Issue): 'required' | 'invalid' {
  // `undefined` appears in zod's message in every locale (the web may switch zod to Korean).
  if (issue.code === 'invalid_type' && /undefined/.test(issue.message)) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1)
    return 'required';
  return 'invalid';
}

/** zod's own wording, and ours for codes without a custom message, name no field. */
const GENERIC_MESSAGE =
  /^(Invalid|Too (small|big)|Expected|This field is required|Unknown field|Choose one of)/;

type Issue = z.core.$ZodIssue;

function isRootUnknownKeys(issue: Issue): boolean {
  return issue.code === 'unrecognized_keys' && issue.path.length === 0;
}

/** Picks the union branch that the input most likely meant: one that knows all its keys, with fewest issues. */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const branch of branches) {
    const score = (branch.some(isRootUnknownKeys) ? 1000 : 0) + branch.length;
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function humanMessage(issue: Issue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
    return 'This field is required';
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0) {
    return `Choose one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  return issue.message;
}

/**
 * Turns zod issues into one message per field a person can act on. Union failures (a Condition is a
 * union of seven shapes) are narrowed to the shape the input was closest to instead of listing all.
 */
export function zodIssueMessages(
  issues: readonly Issue[],
  prefix: readonly (string | number)[] = [],
): FieldMessage[] {
  const messages: FieldMessage[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = bestBranch(issue.errors);
      if (!branch || branch.some(isRootUnknownKeys)) {
        const isCondition = issue.errors.some((b) => b.some((i) => i.path[0] === 'all'));
        messages.push({
          path,
          message: isCondition
            ? 'Not a valid condition: use "all", "any", "not", "attribute", "event", "segment" or "trigger"'
            : 'This value has none of the accepted forms',
          generic: !isCondition,
        });
      } else {
        messages.push(...zodIssueMessages(branch, path));
      }
      continue;
    }
    const message = humanMessage(issue);
    messages.push({ path, message, generic: GENERIC_MESSAGE.test(message), problem: problemOf(issue) });
  }
  return messages;
}

export function formatFieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}
