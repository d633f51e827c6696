import { alimtalkSegments } from './alimtalkSegments';

/** The distinct `#{name}` placeholders of a registered AlimTalk body, in the order they appear. */
export const alimtalkPlaceholders = (body: string): string[] => [
  ...new Set(
    alimtalkSegments(body, {}).flatMap((segment) => (segment.kind === 'text' ? [] : [segment.name])),
  ),
];

/**
 * The variables a step keeps when its template changes: one per placeholder of the new body, with the
 * value it already had under that name (so switching back and forth loses nothing typed for shared names).
 */
export const variablesForTemplate = (
  body: string,
  current: Readonly<Record<string, unknown>>,
): Record<string, string> =>
  Object.fromEntries(
    alimtalkPlaceholders(body).map((name) => [name, typeof current[name] === 'string' ? current[name] : '']),
  );
