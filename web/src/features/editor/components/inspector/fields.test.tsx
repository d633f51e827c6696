import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateTimeField } from './fields';

afterEach(cleanup);

describe('DateTimeField', () => {
  it('shows the ISO example when empty and hands back what is typed', () => {
    const onChange = vi.fn();
    render(<DateTimeField label="At" value={undefined} onChange={onChange} />);
    const input = screen.getByLabelText('At') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('2026-12-01T10:00:00');
    fireEvent.change(input, { target: { value: '2026-12-24T10:00:00' } });
    expect(onChange).toHaveBeenCalledWith('2026-12-24T10:00:00');
  });
});
