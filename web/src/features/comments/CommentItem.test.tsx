import type { JourneyComment } from '@journeyflow/shared/api/journeys';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../i18n/localeStore';
import { CommentItem } from './CommentItem';

afterEach(cleanup);

const comment: JourneyComment = {
  id: 'c1',
  journeyId: 'j1',
  nodeId: 'send1',
  body: 'Shorten the subject',
  authorId: 'u1',
  authorName: 'Reviewer Kim',
  createdAt: new Date().toISOString(),
};

const renderItem = (c: JourneyComment) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ul>
        <CommentItem journeyId="j1" comment={c} target={<span className="jf-chip">Welcome mail</span>} />
      </ul>
    </QueryClientProvider>,
  );

describe('CommentItem (shared by the review panel and the editor)', () => {
  it('shows the author, the target chip and the text of an open comment', () => {
    useLocaleStore.getState().setLocale('en');
    const { container } = renderItem(comment);
    const item = container.querySelector('li[data-comment-id="c1"]');
    expect(item?.className).toBe('jf-comment');
    expect(screen.getByText('Reviewer Kim')).toBeTruthy();
    expect(screen.getByText('Welcome mail')).toBeTruthy();
    expect(screen.getByText('Shorten the subject')).toBeTruthy();
  });

  it('marks a resolved comment', () => {
    const { container } = renderItem({
      ...comment,
      authorName: undefined,
      resolvedAt: new Date().toISOString(),
    });
    expect(container.querySelector('li')?.className).toBe('jf-comment is-resolved');
    expect(screen.getByText('u1')).toBeTruthy();
  });
});
