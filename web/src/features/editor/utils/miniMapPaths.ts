/** What the minimap needs of a node: its box in flow coordinates. */
export type MiniMapBox = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** One rounded rectangle as a closed SVG subpath (corner radius clamped to half the shorter side). */
function roundedRect({ x, y, width, height }: MiniMapBox, radius: number): string {
  const r = Math.min(radius, width / 2, height / 2);
  return (
    `M${x + r} ${y}h${width - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${height - 2 * r}` +
    `a${r} ${r} 0 0 1 ${-r} ${r}h${2 * r - width}a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - height}` +
    `a${r} ${r} 0 0 1 ${r} ${-r}z`
  );
}

/**
 * The minimap's node shapes as one path per fill colour: a handful of SVG elements for any journey size,
 * where one `<rect>` per node cost 1,000 elements (and their attributes, and their raster on every
 * viewport change) for a 1,000-step journey.
 */
export function miniMapPaths<T>(
  items: readonly T[],
  boxOf: (item: T) => MiniMapBox | undefined,
  colorOf: (item: T) => string,
  radius: number,
): { readonly color: string; readonly d: string }[] {
  const byColor = new Map<string, string[]>();
  for (const item of items) {
    const box = boxOf(item);
    if (!box || box.width <= 0 || box.height <= 0) continue;
    const color = colorOf(item);
    let parts = byColor.get(color);
    if (!parts) {
      parts = [];
      byColor.set(color, parts);
    }
    parts.push(roundedRect(box, radius));
  }
  return [...byColor].map(([color, parts]) => ({ color, d: parts.join('') }));
}
