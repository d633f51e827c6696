/**
 * A compact duration for counters on the canvas: the two largest units, e.g. `45s`, `12m`, `2h 10m`,
 * `3d 4h`. Under a second reads `<1s`.
 */
export function formatCompactDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 1) return seconds === 0 ? '0s' : '<1s';
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ];
  let rest = Math.round(seconds);
  const parts: string[] = [];
  for (const [label, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0 || parts.length > 0) {
      if (n > 0) parts.push(`${n}${label}`);
      rest -= n * size;
      if (parts.length === 2 || (parts.length === 1 && n === 0)) break;
    }
  }
  return parts.length > 0 ? parts.join(' ') : '0s';
}
