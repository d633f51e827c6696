import { Liquid } from 'liquidjs';
import type { NodeSettingsIssue } from '../journey/nodeDefinition';

// Filters are checked strictly here so a typo (`| upcase` → `| upcse`) is caught before publishing
// rather than printed raw to customers.
let checker: Liquid | undefined;
const errors = new Map<string, string | null>();

/** The Liquid syntax error of `source` in words, or undefined when it parses. */
export function liquidSyntaxError(source: string): string | undefined {
  if (!source.includes('{')) return undefined;
  let error = errors.get(source);
  if (error === undefined) {
    try {
      checker ??= new Liquid({ strictFilters: true });
      checker.parse(source);
      error = null;
    } catch (thrown) {
      error = (thrown as Error).message.replace(/, line:(\d+), col:(\d+)$/, ' (line $1, column $2)');
    }
    if (errors.size > 2000) errors.clear();
    errors.set(source, error);
  }
  return error ?? undefined;
}

/** Fields that hold identifiers, not templates. */
const VERBATIM_FIELDS = new Set(['templateCode']);

/** Liquid syntax errors in every text of a content object (or a single string), with their paths. */
export function liquidIssues(value: unknown, path: readonly (string | number)[]): NodeSettingsIssue[] {
  if (typeof value === 'string') {
    const error = liquidSyntaxError(value);
    return error
      ? [
          {
            code: 'template_syntax_error',
            message: `The personalization tags are broken: ${error}. Check the {{ }} and {% %} pairs and filter names.`,
            severity: 'error',
            path,
          },
        ]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => liquidIssues(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      VERBATIM_FIELDS.has(key) ? [] : liquidIssues(item, [...path, key]),
    );
  }
  return [];
}
