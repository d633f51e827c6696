import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInCard } from './SignInCard';

afterEach(cleanup);

describe('SignInCard', () => {
  it('draws the brand and the content in a card that is the form when it submits', () => {
    const submit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { container } = render(
      <SignInCard onSubmit={submit}>
        <button type="submit">Go</button>
      </SignInCard>,
    );
    const card = container.querySelector('.jf-login-card');
    expect(card?.tagName).toBe('FORM');
    expect(card?.textContent).toContain('Journeyflow');
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('is a plain card without onSubmit', () => {
    const { container } = render(
      <SignInCard>
        <p>Loading</p>
      </SignInCard>,
    );
    expect(container.querySelector('.jf-login-card')?.tagName).toBe('DIV');
    expect(container.querySelector('form')).toBeNull();
    expect(screen.getByText('Loading')).toBeTruthy();
  });
});
