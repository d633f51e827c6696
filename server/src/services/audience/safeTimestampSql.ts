/*
 * JSON dates are text; casting arbitrary text to timestamptz raises an error for one bad value and
 * aborts the whole segment query. These expressions return NULL instead, without a server-side
 * function: CASE evaluates its branches in order, so the cast only runs on text already shown to be
 * well-formed. They follow JavaScript's Date.parse (what the in-memory evaluator uses): a day past the
 * month's end rolls over (2023-02-30 is 2 March), and a time without offset is local (the session's).
 */
const ISO_DATE_TIME =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)?)?$';

/** `text` (a SQL text expression) as timestamptz, or NULL when it is not an ISO-8601 date/time. */
export const safeTimestampSql = (text: string): string =>
  `(CASE WHEN ${text} ~ '${ISO_DATE_TIME}' AND substr(${text}, 1, 4) <> '0000' THEN (to_char(make_date(substr(${text}, 1, 4)::int, substr(${text}, 6, 2)::int, 1) + (substr(${text}, 9, 2)::int - 1), 'YYYY-MM-DD') || substr(${text}, 11))::timestamptz END)`;

/** Matches a date-only value (`YYYY-MM-DD`), which date comparisons take as written. */
export const DATE_ONLY_SQL_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
