import { nextCronFire } from '@journeyflow/shared/journey/cron';
import { parseDateTimeInZone } from '@journeyflow/shared/journey/zonedTime';

/** The first fire time of an `entry.schedule` node: its `at`, or the next cron time in the journey's timezone. */
export function firstFireTime(
  settings: { at?: string | undefined; cron?: string | undefined },
  now: Date,
  timezone: string,
) {
  if (settings.at) return parseDateTimeInZone(settings.at, timezone) ?? null;
  if (settings.cron) return nextCronFire(settings.cron, now, timezone) ?? null;
  return null;
}
