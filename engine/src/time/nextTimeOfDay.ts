import { addLocalDays, zonedParts, zonedTimeToUtc } from './zonedTime';

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const weekdayIndex: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * The first instant strictly after `now` when the customer's wall clock reads `time` ("HH:MM") on one of
 * `days` (any day when empty). Computed on local calendar days, so it stays at 10:00 local across DST.
 */
export function nextTimeOfDay(now: Date, timeZone: string, time: string, days?: readonly Weekday[]): Date {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const allowed = days && days.length > 0 ? new Set(days.map((d) => weekdayIndex[d])) : undefined;
  const today = zonedParts(now, timeZone);
  for (let offset = 0; offset <= 8; offset++) {
    const date = addLocalDays(today, offset);
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (allowed && !allowed.has(weekday)) continue;
    const at = zonedTimeToUtc({ ...date, hour, minute }, timeZone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error(`no matching day for time_of_day ${time}`);
}
