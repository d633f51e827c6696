import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../i18n/localeStore';
import { type PagedQuery, PagingFooter } from './PagingFooter';

afterEach(cleanup);

const query = (over: Partial<PagedQuery>): PagedQuery => ({
  data: {
    pages: [
      { total: 120, totalExact: true },
      { total: 999, totalExact: false },
    ],
  },
  hasNextPage: true,
  isFetchingNextPage: false,
  fetchNextPage: () => undefined,
  ...over,
});

describe('PagingFooter', () => {
  it('reads the total from the first page and fetches the next page on "more"', () => {
    useLocaleStore.getState().setLocale('en');
    const fetchNextPage = vi.fn();
    render(<PagingFooter query={query({ fetchNextPage })} shown={100} />);
    expect(screen.getByTestId('paging-summary').textContent).toContain('120');
    expect(screen.getByTestId('paging-summary').textContent).not.toContain('999');
    fireEvent.click(screen.getByRole('button'));
    expect(fetchNextPage).toHaveBeenCalledOnce();
  });

  it('shows no button on the last page and disables it while the next page loads', () => {
    useLocaleStore.getState().setLocale('en');
    render(<PagingFooter query={query({ hasNextPage: false })} shown={120} />);
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    render(<PagingFooter query={query({ isFetchingNextPage: true })} shown={100} label="More runs" />);
    expect(screen.getByRole('button')).toHaveProperty('disabled', true);
  });

  it('says nothing of a total before the first page arrives', () => {
    render(<PagingFooter query={query({ data: undefined })} shown={0} />);
    expect(screen.queryByTestId('paging-summary')).toBeNull();
  });
});
