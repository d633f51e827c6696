/**
 * A node's settings as `[path, value]` leaves for describing them one line each: objects are walked,
 * lists of plain values and lists of objects (branches, conditions) are kept whole. `skip` drops subtrees
 * shown another way (a send step's content is shown as its preview).
 */
export function settingsLeaves(
  settings: Readonly<Record<string, unknown>>,
  skip: readonly string[] = [],
  prefix = '',
): [string, unknown][] {
  const leaves: [string, unknown][] = [];
  for (const [key, value] of Object.entries(settings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (skip.includes(path) || value === undefined) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isCondition(value))
      leaves.push(...settingsLeaves(value as Record<string, unknown>, skip, path));
    else leaves.push([path, value]);
  }
  return leaves;
}

/** A condition tree reads as one value ("조건"), not as its inner operator fields. */
const isCondition = (value: object): boolean => 'op' in value || 'all' in value || 'any' in value;
