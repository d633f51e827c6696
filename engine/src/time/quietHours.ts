import { nextTimeOfDay } from './nextTimeOfDay';
import { zonedParts } from './zonedTime';

function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Whether `now` falls in [start, end) on the customer's wall clock; windows may wrap midnight (21:00–08:00). */
export function isInQuietHours(now: Date, timeZone: string, start: string, end: string): boolean {
  const p = zonedParts(now, timeZone);
  const minute = p.hour * 60 + p.minute;
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === e) return false;
  return s < e ? minute >= s && minute < e : minute >= s || minute < e;
}

/** When the quiet window that contains `now` ends (the next local `end`). */
export function quietHoursEnd(now: Date, timeZone: string, end: string): Date {
  return nextTimeOfDay(now, timeZone, end);
}
