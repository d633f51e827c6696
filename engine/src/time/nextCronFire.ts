import { addLocalDays, fromLocalDateTime, toLocalDateTime } from '@journeyflow/shared/journey/zonedTime';

function parseField(field: string, min: number, max: number): Set<number> | undefined {
  if (field === '*') return undefined;
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '*', stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a, b] = range.split('-');
      from = Number(a);
      to = b === undefined ? (stepText ? max : from) : Number(b);
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

/**
 * The next instant after `after` matching a five-field cron expression (minute hour day-of-month month
 * day-of-week) on the wall clock of `timeZone`. Walks local days, so "0 9 * * *" stays 09:00 across DST.
 */
export function nextCronFire(expression: string, after: Date, timeZone: string): Date | undefined {
  const [mi = '*', h = '*', dom = '*', mon = '*', dow = '*'] = expression.trim().split(/\s+/);
  const minutes = [...(parseField(mi, 0, 59) ?? new Set(Array.from({ length: 60 }, (_, i) => i)))].sort(
    (a, b) => a - b,
  );
  const hours = [...(parseField(h, 0, 23) ?? new Set(Array.from({ length: 24 }, (_, i) => i)))].sort(
    (a, b) => a - b,
  );
  const days = parseField(dom, 1, 31);
  const months = parseField(mon, 1, 12);
  const weekdays = parseField(dow.replace('7', '0'), 0, 6);
  const start = toLocalDateTime(after, timeZone);
  for (let offset = 0; offset <= 366 * 4; offset++) {
    const date = addLocalDays(start, offset);
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (months && !months.has(date.month)) continue;
    // Standard cron: when both day fields are restricted, either may match.
    const domOk = !days || days.has(date.day);
    const dowOk = !weekdays || weekdays.has(weekday);
    if (days && weekdays ? !(domOk || dowOk) : !(domOk && dowOk)) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        const at = fromLocalDateTime({ ...date, hour, minute }, timeZone);
        if (at.getTime() > after.getTime()) return at;
      }
    }
  }
  return undefined;
}
