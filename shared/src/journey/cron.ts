const FIELD_RANGES: readonly (readonly [number, number])[] = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 7], // day of week (0 and 7 are Sunday)
];

function isValidCronField(field: string, [min, max]: readonly [number, number]): boolean {
  return field.split(',').every((part) => {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return false;
    const [, , from, to, step] = match;
    if (step !== undefined && Number(step) < 1) return false;
    if (from === undefined) return true;
    const lo = Number(from);
    const hi = to === undefined ? lo : Number(to);
    return lo >= min && hi <= max && lo <= hi;
  });
}

/** Accepts standard five-field cron expressions (numbers, `*`, ranges, lists and steps). */
export function isValidCron(expression: string): boolean {
  const fields = expression.trim().split(/\s+/);
  return fields.length === 5 && fields.every((field, i) => isValidCronField(field, FIELD_RANGES[i]!));
}
