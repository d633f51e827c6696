import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftReviewBadge } from './DraftReviewBadge';

describe('DraftReviewBadge', () => {
  it('shows a rejected draft with the reviewer’s reason', () => {
    render(
      <DraftReviewBadge
        journey={{ status: 'live', draftStatus: 'draft', rejectionComment: '쿠폰 기간 확인' }}
      />,
    );
    expect(screen.getByTestId('list-rejected').textContent).toContain('쿠폰 기간 확인');
  });

  it('shows an approved draft that is not published yet', () => {
    render(<DraftReviewBadge journey={{ status: 'live', draftStatus: 'approved' }} />);
    expect(screen.getByTestId('list-approved-unpublished')).toBeTruthy();
  });

  it('says nothing for a plain draft', () => {
    const { container } = render(<DraftReviewBadge journey={{ status: 'draft', draftStatus: 'draft' }} />);
    expect(container.textContent).toBe('');
  });
});
