/** A run of text that both versions share, or that only the new (`added`) or old (`removed`) one has. */
export type TextPiece = { readonly kind: 'same' | 'added' | 'removed'; readonly text: string };

/** Past this many words on a side, the whole text is shown as replaced (the table is quadratic). */
const MAX_TOKENS = 600;

const tokenize = (text: string): string[] => text.split(/(\s+)/).filter((token) => token !== '');

/**
 * A word-level diff of two message texts (longest common subsequence over words and the spaces between
 * them), so the reviewer sees exactly which words a change touched.
 */
export function textDiff(before: string, after: string): TextPiece[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const pieces: TextPiece[] = [];
  const push = (kind: TextPiece['kind'], text: string) => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === kind) pieces[pieces.length - 1] = { kind, text: last.text + text };
    else pieces.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return pieces;
}
