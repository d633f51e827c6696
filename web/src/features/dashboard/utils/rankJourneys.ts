/** What the ranking needs of a journey's report. */
export type RankedReport = { readonly revenue: number; readonly cost: number; readonly roi: number | null };

export type RankedRow<T> = T & {
  /** 1-based place by ROI; null for journeys without cost (no ROI to compare) or still loading. */
  readonly rank: number | null;
};

/**
 * Journeys by ROI: those that spent something are ranked by ROI (a loss ranks below every gain); those
 * that spent nothing have no ROI, so they are listed after them, unranked, by revenue; journeys whose
 * report is still loading come last.
 */
export function rankJourneys<T extends { readonly report?: RankedReport | undefined }>(
  rows: readonly T[],
): RankedRow<T>[] {
  const withCost = rows
    .filter((r) => r.report && r.report.cost > 0 && r.report.roi !== null)
    .sort((a, b) => (b.report?.roi ?? 0) - (a.report?.roi ?? 0));
  const noCost = rows
    .filter((r) => r.report && !(r.report.cost > 0 && r.report.roi !== null))
    .sort((a, b) => (b.report?.revenue ?? 0) - (a.report?.revenue ?? 0));
  const loading = rows.filter((r) => !r.report);
  return [
    ...withCost.map((r, i) => ({ ...r, rank: i + 1 })),
    ...noCost.map((r) => ({ ...r, rank: null })),
    ...loading.map((r) => ({ ...r, rank: null })),
  ];
}

/** Workspace totals: the sum of the journeys' attributed numbers (each purchase belongs to one journey). */
export function workspaceTotals(reports: readonly (RankedReport & { readonly converted: number })[]) {
  const total = { converted: 0, revenue: 0, cost: 0 };
  for (const r of reports) {
    total.converted += r.converted;
    total.revenue += r.revenue;
    total.cost += r.cost;
  }
  return { ...total, roi: total.cost > 0 ? (total.revenue - total.cost) / total.cost : null };
}
