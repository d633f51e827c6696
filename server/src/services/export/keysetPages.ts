/** Default rows per database round trip: large enough to be fast, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 1_000;

/**
 * Walks a query page by page on a stable order: `fetchPage(after)` returns up to `pageSize` rows after
 * the cursor of the previous page's last row. Only one page is held at a time, so a 100k-row export
 * needs no more memory than a 1k-row one.
 */
export async function* keysetPages<Row, Cursor>(options: {
  readonly pageSize?: number;
  readonly fetchPage: (after: Cursor | null, limit: number) => Promise<readonly Row[]>;
  readonly cursorOf: (row: Row) => Cursor;
}): AsyncGenerator<readonly Row[]> {
  const limit = options.pageSize ?? EXPORT_PAGE_SIZE;
  let after: Cursor | null = null;
  for (;;) {
    const rows = await options.fetchPage(after, limit);
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    after = options.cursorOf(rows[rows.length - 1] as Row);
  }
}
