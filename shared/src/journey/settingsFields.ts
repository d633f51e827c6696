import { z } from 'zod';

/** Event names as sent to `POST /api/events`. */
export const eventNameSchema = z.string().trim().min(1, 'Enter an event name');

/**
 * An ISO 8601 date-time. With an offset (`Z`, `+09:00`) it is an instant; without one it is a local
 * time in the journey's timezone (what an HTML `datetime-local` input produces). Read it with
 * `parseDateTimeInZone(value, journeyTimezone)` (`journey/zonedTime.ts`), never `new Date(value)`.
 */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  local: true,
  error: 'Enter a date and time such as 2026-12-01T10:00:00+09:00',
});

/** "HH:MM", 24-hour clock. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, for example 09:30');

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof weekdaySchema>;

export const attributePathSchema = z.string().trim().min(1, 'Enter an attribute name');

export const positiveSecondsSchema = z
  .number({ error: 'Enter a number of seconds' })
  .int('Use whole seconds')
  .positive('The duration must be longer than zero');

export const branchIdSchema = z
  .string()
  .min(1, 'A branch needs an id')
  .regex(/^[A-Za-z0-9_-]+$/, 'A branch id may use letters, digits, "-" and "_" only');
