import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHead } from './PageHead';

afterEach(cleanup);

describe('PageHead', () => {
  it("titles the page with its one heading and keeps the page's actions beside it", () => {
    const { container } = render(
      <PageHead title="Segments">
        <button type="button">New</button>
      </PageHead>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Segments' })).toBeTruthy();
    const head = container.querySelector('.jf-page-head');
    expect(head?.querySelector('button')?.textContent).toBe('New');
  });
});
