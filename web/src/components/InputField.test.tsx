import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputField } from './InputField';

afterEach(cleanup);

describe('InputField', () => {
  it('is named by its label, bounded, and reports the typed text', () => {
    const onChange = vi.fn();
    const { container } = render(<InputField label="Name" value="Kim" maxLength={100} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveProperty('value', 'Kim');
    expect(input).toHaveProperty('maxLength', 100);
    fireEvent.change(input, { target: { value: 'Lee' } });
    expect(onChange).toHaveBeenCalledWith('Lee');
    expect(container.querySelector('.jf-field')).not.toBeNull();
  });

  it('leaves out the field wrapper when bare (inside a fieldset)', () => {
    const { container } = render(
      <InputField label="Id" value="" maxLength={200} onChange={() => undefined} bare />,
    );
    expect(screen.getByRole('textbox', { name: 'Id' })).toBeTruthy();
    expect(container.querySelector('.jf-field')).toBeNull();
  });

  it('passes other input attributes through and shows its children under the input', () => {
    render(
      <InputField label="Code" value="" maxLength={8} inputMode="numeric" readOnly onChange={() => undefined}>
        <div role="alert">Wrong code</div>
      </InputField>,
    );
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input).toHaveProperty('readOnly', true);
    expect(screen.getByRole('alert').textContent).toBe('Wrong code');
  });
});
