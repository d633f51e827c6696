import type { LegendPayload } from 'recharts';

/**
 * A chart legend: a colour swatch and the series' name. Used instead of recharts' default, whose icons
 * carry English accessible names ("… legend icon") in every language.
 */
export function ChartLegend({ payload }: { readonly payload?: readonly LegendPayload[] }) {
  if (!payload?.length) return null;
  return (
    <ul className="jf-chart-legend">
      {payload.map((entry) => (
        <li key={String(entry.value)}>
          <span className="jf-chart-swatch" aria-hidden="true" style={{ background: entry.color }} />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
