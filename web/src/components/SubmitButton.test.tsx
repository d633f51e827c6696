import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/localeStore';
import { SubmitButton } from './SubmitButton';

afterEach(cleanup);

describe('SubmitButton', () => {
  it('submits its form with the caption while idle', () => {
    render(<SubmitButton caption="Save" pendingCaption="Saving…" pending={false} form="settings" />);
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.getAttribute('type')).toBe('submit');
    expect(button.getAttribute('form')).toBe('settings');
    expect(button).toHaveProperty('disabled', false);
  });

  it('is disabled and says so while the request runs', () => {
    render(<SubmitButton caption="Save" pendingCaption="Saving…" pending />);
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveProperty('disabled', true);
  });

  it('says "Save" and "Saving…" unless told otherwise', () => {
    useLocaleStore.getState().setLocale('en');
    const { rerender } = render(<SubmitButton pending={false} />);
    expect(screen.getByRole('button').textContent).toBe('Save');
    rerender(<SubmitButton pending />);
    expect(screen.getByRole('button').textContent).toBe('Saving…');
  });

  it('is disabled when told, e.g. while the form is incomplete', () => {
    render(<SubmitButton caption="Save" pendingCaption="Saving…" pending={false} disabled />);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
  });
});
