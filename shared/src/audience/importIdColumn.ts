/** Header names (case-insensitive) an audience file may use for the customer id column. */
export const EXTERNAL_ID_HEADERS: ReadonlySet<string> = new Set([
  'externalid',
  'external_id',
  'userid',
  'user_id',
  'customerid',
  'customer_id',
  '고객id',
  '고객 id',
]);

/** The index of the id column among a CSV header's names, or -1; the browser preview and the server agree. */
export const findIdColumn = (names: readonly string[]): number =>
  names.findIndex((name) => EXTERNAL_ID_HEADERS.has(name.trim().toLowerCase()));
