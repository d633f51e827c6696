/** The dialog's choice per old step: a new step's id, or `null` = exit now (SPEC §7a publish `map`). */
export type MigrationChoice = Readonly<Record<string, string | null>>;

/** Default: the same step when the new version still has it, else exit now. */
export const defaultMigrationMap = (
  oldStepIds: readonly string[],
  newStepIds: ReadonlySet<string>,
): Record<string, string | null> =>
  Object.fromEntries(oldStepIds.map((id) => [id, newStepIds.has(id) ? id : null]));
