/**
 * Error of the predicted next purchase (docs/prediction.md) on a held-out synthetic set: customers with a
 * known cycle (7–90 days) and ± BENCH_PREDICTION_NOISE (default 0.2) jitter, 2–12 purchases; the last
 * purchase is held out and predicted from the others with the workspace prior taken from the training
 * gaps. Pure computation, no database. Run alone with `pnpm --filter @journeyflow/test exec tsx bench/prediction.ts`.
 */
import { pathToFileURL } from 'node:url';
import {
  predictNextPurchase,
  purchaseGaps,
  purchasePrior,
} from '@journeyflow/shared/prediction/predictNextPurchase';

type BenchRecord = (measure: string, value: string, target: string) => void;

const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32), so every run measures the same set. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const runPredictionBench = (options: { readonly record?: BenchRecord } = {}) => {
  const record = options.record ?? ((m, v, t) => console.log(`${m}: ${v}   (target ${t})`));
  const customers = Number(process.env.BENCH_PREDICTION_CUSTOMERS ?? 10_000);
  const noise = Number(process.env.BENCH_PREDICTION_NOISE ?? 0.2);
  const random = prng(20261204);
  const start = Date.UTC(2025, 0, 1);
  const sets = Array.from({ length: customers }, () => {
    const cycle = 7 + random() * 83;
    const count = 3 + Math.floor(random() * 11);
    const purchases: Date[] = [];
    let t = start + random() * cycle * DAY;
    for (let i = 0; i < count; i++) {
      purchases.push(new Date(t));
      t += cycle * (1 + noise * (2 * random() - 1)) * DAY;
    }
    const heldOut = purchases.pop()!;
    return { cycle, purchases, heldOut };
  });
  const prior = purchasePrior(sets.flatMap((s) => purchaseGaps(s.purchases)));
  const errors: number[] = [];
  const relative: number[] = [];
  const byHistory = new Map<string, number[]>();
  for (const { cycle, purchases, heldOut } of sets) {
    const p = predictNextPurchase(purchases, prior);
    if (!p) continue;
    const error = Math.abs(new Date(p.next_purchase_at).getTime() - heldOut.getTime()) / DAY;
    errors.push(error);
    relative.push(error / cycle);
    const bucket = purchases.length <= 2 ? '1–2 purchases' : purchases.length <= 5 ? '3–5' : '6+';
    byHistory.set(bucket, [...(byHistory.get(bucket) ?? []), error / cycle]);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? 0;
  const buckets = [...byHistory]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${(mean(v) * 100).toFixed(0)}%`)
    .join(', ');
  record(
    `predicted next purchase, held-out error (${customers.toLocaleString('en-US')} synthetic customers, ±${noise * 100}% noise)`,
    `MAE ${mean(errors).toFixed(1)} d (p90 ${p90(errors).toFixed(1)} d), ${(mean(relative) * 100).toFixed(0)}% of the cycle (${buckets})`,
    'reported (docs/prediction.md)',
  );
  return { mae: mean(errors), relative: mean(relative) };
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runPredictionBench();
