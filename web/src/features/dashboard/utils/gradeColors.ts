/** Colours a grade's name means (English or Korean, any case); other grades take the fallback palette. */
const named: readonly [RegExp, string][] = [
  [/diamond|다이아/i, '#38bdf8'],
  [/platinum|플래티넘|플래티늄/i, '#7c3aed'],
  [/vvip/i, '#be123c'],
  [/vip/i, '#db2777'],
  [/gold|골드/i, '#eab308'],
  [/silver|실버/i, '#a8b0bb'],
  [/bronze|브론즈/i, '#b45309'],
  [/dormant|휴면/i, '#d1d5db'],
  [/new|신규/i, '#22c55e'],
];
const fallback = ['#6366f1', '#0ea5e9', '#14b8a6', '#f97316', '#64748b', '#84cc16'];

/** The colour of each grade, in order: named grades get their metal, the rest distinct fallback colours. */
export function gradeColors(grades: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  let next = 0;
  for (const grade of grades) {
    const match = named.find(([pattern]) => pattern.test(grade));
    out[grade] = match ? match[1] : (fallback[next++ % fallback.length] ?? '#64748b');
  }
  return out;
}
