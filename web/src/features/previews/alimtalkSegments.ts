/** One piece of a registered AlimTalk body: its own words, a filled `#{variable}`, or one still missing. */
export type AlimtalkSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: string; readonly text: string }
  | { readonly kind: 'missing'; readonly name: string };

const PLACEHOLDER = /#\{([^{}]+)\}/g;

/**
 * Splits the registered template body around its `#{name}` placeholders and fills each from the step's
 * variables, so the preview shows the body Kakao approved with the values marked (and gaps visible).
 */
export function alimtalkSegments(
  body: string,
  variables: Readonly<Record<string, unknown>>,
): AlimtalkSegment[] {
  const segments: AlimtalkSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: body.slice(last, index) });
    const name = (match[1] ?? '').trim();
    const value = variables[name];
    segments.push(
      typeof value === 'string' && value !== ''
        ? { kind: 'value', name, text: value }
        : { kind: 'missing', name },
    );
    last = index + match[0].length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });
  return segments;
}

/** The body as the customer reads it (missing values left as `#{name}`). */
export const alimtalkText = (segments: readonly AlimtalkSegment[]): string =>
  segments.map((s) => (s.kind === 'missing' ? `#{${s.name}}` : s.text)).join('');
