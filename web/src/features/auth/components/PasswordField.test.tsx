import { MAX_PASSWORD_LENGTH } from '@journeyflow/shared/api/auth';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasswordField } from './PasswordField';

afterEach(cleanup);

describe('PasswordField', () => {
  it('is a password input named by its label, bounded like the server, reporting the typed text', () => {
    const onChange = vi.fn();
    render(<PasswordField label="Password" autoComplete="new-password" value="" onChange={onChange} />);
    const input = screen.getByLabelText('Password');
    expect(input.getAttribute('type')).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    expect(input).toHaveProperty('maxLength', MAX_PASSWORD_LENGTH);
    fireEvent.change(input, { target: { value: 'secret-123' } });
    expect(onChange).toHaveBeenCalledWith('secret-123');
  });
});
