import type { Condition } from '@journeyflow/shared/journey/condition';

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cursor = target;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      cursor[key] = value;
    } else {
      cursor[key] ??= {};
      cursor = cursor[key] as Record<string, unknown>;
    }
  }
}

/**
 * Properties a synthesized entry event needs to pass the entry's `where`: each `eq`/`in` test on a
 * `properties.*` trigger path (at the top level or under `all`) gets its value.
 */
export function propertiesMeeting(where: Condition | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const leaves = where ? ('all' in where ? where.all : [where]) : [];
  for (const leaf of leaves) {
    if (!('trigger' in leaf) || !leaf.trigger.startsWith('properties.')) continue;
    const value =
      leaf.op === 'eq'
        ? leaf.value
        : leaf.op === 'in' && Array.isArray(leaf.value)
          ? leaf.value[0]
          : undefined;
    if (value !== undefined) setPath(out, leaf.trigger.slice('properties.'.length).split('.'), value);
  }
  return out;
}

/** Properties that put synthesized events in one `groupBy` group (`properties.productId` → same id). */
export function groupedProperties(groupBy: string | undefined): Record<string, unknown> {
  const path = groupBy?.startsWith('properties.') ? groupBy.slice('properties.'.length).split('.') : [];
  const root: Record<string, unknown> = {};
  if (path.length > 0) setPath(root, path, 'test_item');
  return root;
}
