import { MAX_EMAIL_LENGTH } from '@journeyflow/shared/api/auth';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmailField } from './EmailField';

afterEach(cleanup);

describe('EmailField', () => {
  it('is an email input named by its label, bounded as the server bounds emails', () => {
    const onChange = vi.fn();
    render(<EmailField label="Email" value="kim@example.com" autoComplete="username" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveProperty('type', 'email');
    expect(input).toHaveProperty('maxLength', MAX_EMAIL_LENGTH);
    expect(input.getAttribute('autocomplete')).toBe('username');
    fireEvent.change(input, { target: { value: 'lee@example.com' } });
    expect(onChange).toHaveBeenCalledWith('lee@example.com');
  });
});
