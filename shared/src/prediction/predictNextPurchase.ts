/**
 * Predicted next purchase (SPEC §7a, docs/prediction.md): from a customer's own inter-purchase gaps, shrunk
 * toward the workspace's typical gap when the customer has few, with a confidence. Pure: the engine runs it
 * on every purchase and nightly, the demo seed and the bench run it too.
 */

const DAY_MS = 86_400_000;
/** Purchases closer than this are one shopping occasion (a split order, a second payment). */
export const SAME_OCCASION_MS = 12 * 3_600_000;
/** Gaps read per customer: the most recent ones say most about the cycle now. */
export const MAX_GAPS = 10;
/** Confidence grows with own gaps as k / (k + CONFIDENCE_GAPS). */
export const CONFIDENCE_GAPS = 2;

/** What is stored on the customer as the built-in `predicted.*` fields. */
export type PurchasePrediction = {
  /** ISO time the next purchase is expected. */
  readonly next_purchase_at: string;
  /** The expected gap between purchases, in days (one decimal). */
  readonly interval_days: number;
  /** 0–1: how much the estimate rests on the customer's own, regular history (two decimals). */
  readonly confidence: number;
};

/** The workspace-level gap that customers with one or two purchases are predicted from. */
export type PurchasePrior = { readonly intervalDays: number; readonly gaps: number };

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Gaps in days between shopping occasions, oldest first, at most the last `MAX_GAPS`. */
export function purchaseGaps(purchases: readonly Date[]): number[] {
  const times = purchases
    .map((d) => d.getTime())
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const occasions: number[] = [];
  for (const t of times) {
    const last = occasions.at(-1);
    if (last === undefined || t - last >= SAME_OCCASION_MS) occasions.push(t);
  }
  const gaps: number[] = [];
  for (let i = 1; i < occasions.length; i++) gaps.push((occasions[i]! - occasions[i - 1]!) / DAY_MS);
  return gaps.slice(-MAX_GAPS);
}

/**
 * The expected next purchase: last purchase + interval. With k own gaps the interval is the workspace
 * prior (k = 0), the mean of their gap and the prior (k = 1), or the median of their gaps (k ≥ 2).
 * Confidence = k/(k+2) × regularity, regularity = 1/(1+cv) from the gaps' median absolute deviation (a
 * single gap's spread is unknown: 0.5). Undefined without purchases, or with one purchase and no prior.
 */
export function predictNextPurchase(
  purchases: readonly Date[],
  prior: PurchasePrior | undefined,
): PurchasePrediction | undefined {
  if (purchases.length === 0) return undefined;
  const last = Math.max(...purchases.map((d) => d.getTime()).filter(Number.isFinite));
  if (!Number.isFinite(last)) return undefined;
  const gaps = purchaseGaps(purchases);
  const k = gaps.length;
  const usablePrior = prior && prior.intervalDays > 0 ? prior.intervalDays : undefined;
  if (k === 0 && usablePrior === undefined) return undefined;
  const own = k > 0 ? median(gaps) : 0;
  // One purchase: the prior. Two: their single gap and the prior, half each. Three or more: their own.
  const interval =
    k === 0 ? (usablePrior ?? 0) : k === 1 && usablePrior !== undefined ? (own + usablePrior) / 2 : own;
  let regularity = 0.5;
  if (k >= 2 && own > 0) {
    const mad = median(gaps.map((g) => Math.abs(g - own)));
    regularity = 1 / (1 + (1.4826 * mad) / own);
  }
  const confidence = (k / (k + CONFIDENCE_GAPS)) * regularity;
  const days = Math.max(1, interval);
  return {
    next_purchase_at: new Date(last + days * DAY_MS).toISOString(),
    interval_days: Math.round(days * 10) / 10,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** The workspace prior from a sample of gaps (days): their median, or undefined without any. */
export function purchasePrior(gaps: readonly number[]): PurchasePrior | undefined {
  const usable = gaps.filter((g) => Number.isFinite(g) && g > 0);
  return usable.length === 0 ? undefined : { intervalDays: median(usable), gaps: usable.length };
}

/** The event names that count as a purchase for the prediction. */
export const PURCHASE_EVENTS: readonly string[] = ['purchase', 'order_completed'];
