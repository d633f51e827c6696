type Ranked = { readonly report?: { readonly roi: number | null; readonly revenue: number } | undefined };

/**
 * Journeys ranked "by ROI": those with a cost by ROI (best first), then those with no cost (ROI cannot be
 * computed, so they are not ranked above or below losses) by revenue, then those still loading.
 */
export function rankByRoi<T extends Ranked>(rows: readonly T[]): T[] {
  const group = (row: T) => (!row.report ? 2 : row.report.roi === null ? 1 : 0);
  return [...rows].sort((a, b) => {
    const byGroup = group(a) - group(b);
    if (byGroup !== 0) return byGroup;
    if (group(a) === 0) return (b.report?.roi ?? 0) - (a.report?.roi ?? 0);
    return (b.report?.revenue ?? 0) - (a.report?.revenue ?? 0);
  });
}
