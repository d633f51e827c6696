/** The first `prefix_N` not used by another branch (ids become handle names, so they must stay unique). */
export function nextBranchId(existing: readonly { id: string }[], prefix: string): string {
  const used = new Set(existing.map((branch) => branch.id));
  for (let index = existing.length + 1; ; index++) {
    const id = `${prefix}${index}`;
    if (!used.has(id)) return id;
  }
}
