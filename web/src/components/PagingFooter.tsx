import { useT } from '../i18n/useT';

type Props = {
  readonly shown: number;
  readonly total: number | undefined;
  readonly totalExact: boolean | undefined;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly onMore: () => void;
  readonly label?: string;
};

/** Under a paged list: how many of how many are shown (an estimate says so), and "더 보기" while more follow. */
export function PagingFooter({ shown, total, totalExact, hasMore, loading, onMore, label }: Props) {
  const t = useT();
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
        <button type="button" className="jf-button" disabled={loading} onClick={onMore}>
          {loading ? t('paging.loading') : (label ?? t('paging.more'))}
        </button>
      )}
    </div>
  );
}
