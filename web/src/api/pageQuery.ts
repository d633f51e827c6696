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
