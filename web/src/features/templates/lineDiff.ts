export type DiffLine = { readonly kind: 'same' | 'added' | 'removed'; readonly text: string };

/** A line diff (longest common subsequence) of two texts: what changed between two template versions. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Templates are short; the O(n·m) table stays small (bounded to keep a pathological one cheap).
  if (a.length * b.length > 250_000) {
    return [
      ...a.map((text) => ({ kind: 'removed' as const, text })),
      ...b.map((text) => ({ kind: 'added' as const, text })),
    ];
  }
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ kind: 'removed', text: a[i++]! });
    else out.push({ kind: 'added', text: b[j++]! });
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'added', text: b[j++]! });
  return out;
}

/** How the compared lines name a field and a purpose (the reader's words; as stored when not given). */
export type TemplateWords = {
  readonly field: (name: 'name' | 'purpose' | (string & {})) => string;
  readonly purpose: (purpose: string) => string;
};

const asStored: TemplateWords = { field: (name) => name, purpose: (purpose) => purpose };

/** A template's name, purpose and content as the lines a person compares (fields in a stable order). */
export const templateText = (
  version: {
    readonly name: string;
    readonly purpose: string;
    readonly content: Record<string, unknown>;
  },
  words: TemplateWords = asStored,
): string => {
  const lines = [
    `${words.field('name')}: ${version.name}`,
    `${words.field('purpose')}: ${words.purpose(version.purpose)}`,
  ];
  for (const key of Object.keys(version.content).sort()) {
    const value = version.content[key];
    const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    lines.push(`${words.field(key)}:`, ...text.split('\n').map((line) => `  ${line}`));
  }
  return lines.join('\n');
};
