/** What the OpenAPI document says on every keyset-paged list (issue #17). */
export const PAGED_DESCRIPTION =
  'Paging: without `cursor` the answer keeps the body SPEC §7 documents (the first `limit` rows). With `cursor` ' +
  '(empty for the first page, then the previous page’s `nextCursor`) it is `{ items, nextCursor, total, totalExact }` ' +
  'on a stable keyset order: `nextCursor` is null on the last page; `total` is exact up to 10,000 matches and the ' +
  'planner’s estimate above (`totalExact: false`). An altered or foreign cursor is a 400 `bad_request` with ' +
  '`details.code = "invalid_cursor"`.';
