import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { OneTimeLink } from './OneTimeLink';

afterEach(cleanup);

const link = {
  id: 'inv_1',
  url: 'https://jf.example.com/invite/abc',
  expiresAt: '2026-12-08T00:00:00.000Z',
  email: 'kim@example.com',
};

describe('OneTimeLink', () => {
  it('names whom the link is for and shows it once with a copy button', () => {
    useLocaleStore.getState().setLocale('en');
    render(<OneTimeLink link={link} titleKey="team.inviteCreated" testId="invitation-url" />);
    expect(screen.getByRole('status').textContent).toContain('Invitation for kim@example.com');
    expect(screen.getByTestId('invitation-url').textContent).toBe(link.url);
    expect(screen.getByRole('button')).toBeTruthy();
  });

  it('shows nothing before a link is made', () => {
    const { container } = render(
      <OneTimeLink link={undefined} titleKey="team.resetLinkFor" testId="reset-url" />,
    );
    expect(container.innerHTML).toBe('');
  });
});
