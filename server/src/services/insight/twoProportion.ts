/** Conversion counts of one group. */
export type Proportion = { readonly n: number; readonly converted: number };

/** Standard normal CDF (Abramowitz–Stegun 7.1.26, error < 1.5e-7 — plenty for a dashboard). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

const rate = (p: Proportion) => (p.n > 0 ? p.converted / p.n : 0);

/**
 * Difference of two conversion rates (a − b) with its 95 % Wald confidence interval — how holdout uplift
 * is reported: an interval that contains 0 means "no measurable effect yet".
 */
export function rateDifference(a: Proportion, b: Proportion): { diff: number; ci: [number, number] } {
  const ra = rate(a);
  const rb = rate(b);
  const diff = ra - rb;
  if (a.n === 0 || b.n === 0) return { diff, ci: [-1, 1] };
  const se = Math.sqrt((ra * (1 - ra)) / a.n + (rb * (1 - rb)) / b.n);
  return { diff, ci: [Math.max(-1, diff - 1.96 * se), Math.min(1, diff + 1.96 * se)] };
}

/** Two-sided p-value of the pooled two-proportion z-test; null when either group is empty. */
export function twoProportionPValue(a: Proportion, b: Proportion): number | null {
  if (a.n === 0 || b.n === 0) return null;
  const pooled = (a.converted + b.converted) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return rate(a) === rate(b) ? 1 : 0;
  const z = (rate(a) - rate(b)) / se;
  return 2 * (1 - normalCdf(Math.abs(z)));
}
