/** `?a=1&b=2` from a filter object, skipping empty values; `cursor` is always sent (empty = first page). */
export const pageSearchParams = (
  filters: Readonly<Record<string, string | number | undefined>>,
  cursor: string | undefined,
): URLSearchParams => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(key, String(value));
  params.set('cursor', cursor ?? '');
  return params;
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
