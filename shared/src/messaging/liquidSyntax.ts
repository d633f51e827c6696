import type { Liquid } from 'liquidjs';
import type { NodeSettingsIssue } from '../journey/nodeDefinition';
import { createLiquid } from './createLiquid';
import { type TemplateErrorCode, toTemplateError } from './templateError';

// Filters are checked strictly here so a typo (`| upcase` → `| upcse`) is caught before publishing
// rather than printed raw to customers.
let checker: Liquid | undefined;
/** Why a source does not parse: a refused tag or over the limits (with their own codes), or broken syntax. */
type SyntaxProblem = { readonly code: TemplateErrorCode | 'template_syntax_error'; readonly error: string };
const problems = new Map<string, SyntaxProblem | null>();

function syntaxProblem(source: string): SyntaxProblem | undefined {
  if (!source.includes('{')) return undefined;
  let problem = problems.get(source);
  if (problem === undefined) {
    try {
      // The renderer's sandbox (refused tags, limits) with strict filters on top.
      checker ??= createLiquid({ strictFilters: true });
      checker.parse(source);
      problem = null;
    } catch (thrown) {
      const refused = toTemplateError(thrown);
      problem =
        refused.code === 'template_render_failed'
          ? {
              code: 'template_syntax_error',
              error: (thrown as Error).message.replace(/, line:(\d+), col:(\d+)$/, ' (line $1, column $2)'),
            }
          : { code: refused.code, error: refused.message };
    }
    if (problems.size > 2000) problems.clear();
    problems.set(source, problem);
  }
  return problem ?? undefined;
}

/** The Liquid syntax error of `source` in words, or undefined when it parses (and uses no refused tag). */
export function liquidSyntaxError(source: string): string | undefined {
  return syntaxProblem(source)?.error;
}

/** Fields that hold identifiers, not templates. */
const VERBATIM_FIELDS = new Set(['templateCode']);

/** Liquid syntax errors in every text of a content object (or a single string), with their paths. */
export function liquidIssues(value: unknown, path: readonly (string | number)[]): NodeSettingsIssue[] {
  if (typeof value === 'string') {
    const problem = syntaxProblem(value);
    if (!problem) return [];
    return [
      {
        code: problem.code,
        message:
          problem.code === 'template_syntax_error'
            ? `The personalization tags are broken: ${problem.error}. Check the {{ }} and {% %} pairs and filter names.`
            : problem.error,
        severity: 'error',
        path,
      },
    ];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => liquidIssues(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      VERBATIM_FIELDS.has(key) ? [] : liquidIssues(item, [...path, key]),
    );
  }
  return [];
}
