/**
 * Handle ids of a split's branches. Tolerates unfinished editor drafts (missing list, empty rows), since
 * the canvas draws handles before the settings are valid.
 */
export function branchHandles(branches: readonly { id: string }[] | undefined): string[] {
  if (!Array.isArray(branches)) return [];
  return branches.flatMap((branch) =>
    branch && typeof branch.id === 'string' && branch.id.length > 0 ? [branch.id] : [],
  );
}
