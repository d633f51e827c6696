import { parseDateTimeInZone } from './zonedTime';

export type ActivePeriodState = 'scheduled' | 'running' | 'ended';

/**
 * Where `now` falls in a journey's active period (SPEC §7a, in the journey's timezone): before
 * `startsAt` it is `scheduled`, from `endsAt` on `ended`; `undefined` when the journey sets no period.
 */
export function activePeriodState(
  settings: {
    readonly startsAt?: string | undefined;
    readonly endsAt?: string | undefined;
    readonly timezone?: string | undefined;
  },
  now: Date,
  defaultTimezone = 'Asia/Seoul',
): ActivePeriodState | undefined {
  if (!settings.startsAt && !settings.endsAt) return undefined;
  const zone = settings.timezone ?? defaultTimezone;
  const starts = settings.startsAt ? parseDateTimeInZone(settings.startsAt, zone) : undefined;
  const ends = settings.endsAt ? parseDateTimeInZone(settings.endsAt, zone) : undefined;
  if (starts && now.getTime() < starts.getTime()) return 'scheduled';
  if (ends && now.getTime() >= ends.getTime()) return 'ended';
  return 'running';
}
