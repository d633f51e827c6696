export type DurationUnits = {
  readonly d: string;
  readonly h: string;
  readonly m: string;
  readonly s: string;
};

const compactUnits: DurationUnits = { d: 'd', h: 'h', m: 'm', s: 's' };

/**
 * A compact duration for counters on the canvas: the two largest units, e.g. `45s`, `12m`, `2h 10m`,
 * `3d 4h`. Under a second reads `<1s`. Unit words are passed in by `durationText` for the reader's
 * language (일/시간/분/초).
 */
export function formatCompactDuration(seconds: number, names: DurationUnits = compactUnits): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 1) return seconds === 0 ? `0${names.s}` : `<1${names.s}`;
  const units: [string, number][] = [
    [names.d, 86_400],
    [names.h, 3600],
    [names.m, 60],
    [names.s, 1],
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
  return parts.length > 0 ? parts.join(' ') : `0${names.s}`;
}
