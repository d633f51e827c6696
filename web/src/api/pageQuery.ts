type Filters = Readonly<Record<string, string | number | undefined>>;

/** A page's query: the filters without empty values, and `cursor` always (empty = first page). */
export const pageQuery = <F extends Filters>(
  filters: F,
  cursor: string | undefined,
): Partial<F> & { readonly cursor: string } => {
  const query: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') query[key] = value;
  return { ...(query as Partial<F>), cursor: cursor ?? '' };
};

/**
 * The cursor options every "load more" list shares (spread into `useInfiniteQuery`): the first page is
 * asked without a cursor, the next with the page's `nextCursor`, until the server sends none.
 */
export const cursorPaging = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: { readonly nextCursor?: string | null | undefined }) =>
    last.nextCursor ?? undefined,
};
