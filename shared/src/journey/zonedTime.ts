/*
 * Calendar arithmetic in a named timezone with Intl only (no date library), shared by condition
 * evaluation, waits and quiet hours so the editor's simulator and the engine agree.
 */

export type LocalDateTime = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock date and time of `instant` in `timeZone`. */
export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const local = toLocalDateTime(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time. A time skipped by a DST
 * spring-forward resolves to the same distance past the gap (02:30 → 03:30); an ambiguous fall-back
 * time resolves to its first occurrence.
 */
export function fromLocalDateTime(
  local: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour ?? 0,
    local.minute ?? 0,
    local.second ?? 0,
  );
  // The offsets a day before and after bracket any change; an instant is valid when its offset is the one used.
  const before = offsetMs(new Date(wall - 86_400_000), timeZone);
  const after = offsetMs(new Date(wall + 86_400_000), timeZone);
  const valid = [wall - before, wall - after].filter(
    (instant) => offsetMs(new Date(instant), timeZone) === wall - instant,
  );
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(wall - Math.min(before, after));
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDateString(instant: Date, timeZone: string): string {
  const { year, month, day } = toLocalDateTime(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole calendar days to a local date (month and year overflow handled). */
export function addLocalDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * The next instant strictly after `now` when the local clock in `timeZone` shows `time` ("HH:MM") on
 * one of `days` (any day when absent) — the wake-up time of `wait.time_of_day`.
 */
export function nextTimeOfDay(
  now: Date,
  time: string,
  timeZone: string,
  days?: readonly (typeof WEEKDAY_NAMES)[number][],
): Date {
  const local = toLocalDateTime(now, timeZone);
  const target = minutesOf(time);
  for (let offset = 0; offset <= 8; offset++) {
    const date = addLocalDays(local, offset);
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (days && days.length > 0 && !days.includes(WEEKDAY_NAMES[weekday]!)) continue;
    const candidate = fromLocalDateTime(
      { ...date, hour: Math.floor(target / 60), minute: target % 60 },
      timeZone,
    );
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  // Unreachable with a non-empty day list: a week always contains the day.
  throw new Error(`No time ${time} found for days ${days?.join(',')}`);
}

/** Whether `now` falls in the window `start`–`end` ("HH:MM", may wrap past midnight) in `timeZone`. */
export function isWithinLocalWindow(now: Date, start: string, end: string, timeZone: string): boolean {
  const local = toLocalDateTime(now, timeZone);
  const minute = local.hour * 60 + local.minute;
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** When a window `start`–`end` that contains `now` ends: the next time the clock shows `end`. */
export function endOfLocalWindow(now: Date, end: string, timeZone: string): Date {
  return nextTimeOfDay(now, end, timeZone);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * Reads a setting's ISO date-time: with an offset (`Z`, `+09:00`) it is that instant; without one
 * (`2026-12-24T10:00`, or a bare date meaning midnight) it is wall-clock time in `timeZone` — the
 * journey's timezone for `wait.until.at` and `entry.schedule.at`. Undefined when unreadable.
 */
export function parseDateTimeInZone(value: string, timeZone: string): Date | undefined {
  const local = LOCAL_DATE_TIME.exec(value.trim());
  if (local) {
    const [, year, month, day, hour, minute, second] = local;
    return fromLocalDateTime(
      {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour ?? 0),
        minute: Number(minute ?? 0),
        second: Number(second ?? 0),
      },
      timeZone,
    );
  }
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : new Date(instant);
}

/** Whether a setting's date-time (see `parseDateTimeInZone`) is at or before `now`. */
export function isDateTimePast(value: string, now: Date, timeZone: string): boolean {
  const at = parseDateTimeInZone(value, timeZone);
  return at !== undefined && at.getTime() <= now.getTime();
}
