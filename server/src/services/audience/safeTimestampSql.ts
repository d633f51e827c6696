/*
 * Casting an arbitrary text to timestamptz raises an error for one bad value and aborts the whole
 * segment query. These expressions return NULL instead, without needing a server-side function:
 * CASE evaluates its branches in order, so the cast only runs on text already shown to be valid.
 */
const ISO_DATE_TIME =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,6})?)?(Z|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)?)?$';

/** `text` (a SQL text expression) as timestamptz, or NULL when it is not a valid ISO-8601 date/time. */
export const safeTimestampSql = (text: string): string =>
  `(CASE WHEN ${text} ~ '${ISO_DATE_TIME}' THEN CASE WHEN substr(${text}, 9, 2)::int <= extract(day from (substr(${text}, 1, 7) || '-01')::date + interval '1 month' - interval '1 day') THEN (${text})::timestamptz END END)`;

/** Month and day ("MM-DD") of an ISO date text as written, or NULL when it is not one. */
export const safeMonthDaySql = (text: string): string =>
  `(CASE WHEN ${text} ~ '${ISO_DATE_TIME}' THEN substr(${text}, 6, 5) END)`;
