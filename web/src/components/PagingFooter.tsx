import { useT } from '../i18n/useT';

/** The part of a TanStack infinite query over page envelopes (`{ items, total, totalExact, … }`) the footer reads. */
export type PagedQuery = {
  readonly data?:
    | { readonly pages: readonly { readonly total?: number; readonly totalExact?: boolean }[] }
    | undefined;
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  readonly fetchNextPage: () => unknown;
};

type Props = {
  /** The paged list's query: the total comes from its first page, "더 보기" fetches its next one. */
  readonly query: PagedQuery;
  /** How many rows the page shows. */
  readonly shown: number;
  readonly label?: string;
};

/** Under a paged list: how many of how many are shown (an estimate says so), and "더 보기" while more follow. */
export function PagingFooter({ query, shown, label }: Props) {
  const t = useT();
  const total = query.data?.pages[0]?.total;
  const totalExact = query.data?.pages[0]?.totalExact;
  const hasMore = query.hasNextPage;
  const count = (n: number) => n.toLocaleString();
  const summary =
    total === undefined
      ? null
      : !hasMore && totalExact !== false
        ? t('paging.all', { total: count(total) })
        : t(totalExact === false ? 'paging.shownEstimated' : 'paging.shown', {
            shown: count(shown),
            total: count(total),
          });
  return (
    <div
      className="jf-row"
      data-testid="paging-footer"
      style={{ marginTop: 12, alignItems: 'center', gap: 12 }}
    >
      {summary && (
        <span className="jf-hint" data-testid="paging-summary">
          {summary}
        </span>
      )}
      {hasMore && (
        <button
          type="button"
          className="jf-button"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t('paging.loading') : (label ?? t('paging.more'))}
        </button>
      )}
    </div>
  );
}
