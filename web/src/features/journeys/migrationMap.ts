/** The dialog's choice per old step: a new step's id, or `null` = exit now (SPEC §7a publish `map`). */
export type MigrationChoice = Readonly<Record<string, string | null>>;

/** Default: the same step when the new version still has it, else exit now. */
export const defaultMigrationMap = (
  oldStepIds: readonly string[],
  newStepIds: ReadonlySet<string>,
): Record<string, string | null> =>
  Object.fromEntries(oldStepIds.map((id) => [id, newStepIds.has(id) ? id : null]));

type NamedStep = { readonly id: string; readonly type: string; readonly label?: string | undefined };

/**
 * Each step's name for the map, never its id: its own name, else its kind ("시간 대기"); unnamed steps of the
 * same kind are numbered in order ("시간 대기 1", "시간 대기 2") so the choices stay distinct.
 */
export function migrationStepNames(
  steps: readonly NamedStep[],
  kindOf: (type: string) => string,
): Map<string, string> {
  const unnamed = steps.filter((step) => !step.label);
  const perKind = new Map<string, number>();
  for (const step of unnamed) perKind.set(kindOf(step.type), (perKind.get(kindOf(step.type)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const step of steps) {
    if (step.label) {
      names.set(step.id, step.label);
      continue;
    }
    const kind = kindOf(step.type);
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    names.set(step.id, (perKind.get(kind) ?? 0) > 1 ? `${kind} ${n}` : kind);
  }
  return names;
}
