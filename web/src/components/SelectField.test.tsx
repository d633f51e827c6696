import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField } from './SelectField';

afterEach(cleanup);

const options = [
  { value: 'info', label: 'Information' },
  { value: 'ad', label: 'Advertising', disabled: true },
] as const;

describe('SelectField', () => {
  it('is named by its label, offers the options and reports the chosen value', () => {
    const onChange = vi.fn();
    const { container } = render(
      <SelectField label="Purpose" value="ad" options={options} onChange={onChange} />,
    );
    const select = screen.getByRole('combobox', { name: 'Purpose' });
    expect(select).toHaveProperty('value', 'ad');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Information',
      'Advertising',
    ]);
    expect(screen.getByRole('option', { name: 'Advertising' })).toHaveProperty('disabled', true);
    fireEvent.change(select, { target: { value: 'info' } });
    expect(onChange).toHaveBeenCalledWith('info');
    expect(container.querySelector('.jf-field')).not.toBeNull();
  });

  it('leaves out the field wrapper when bare and shows its children under the select', () => {
    const { container } = render(
      <SelectField bare label="Role" value="info" options={options} disabled onChange={() => undefined}>
        <p role="alert">Pick one</p>
      </SelectField>,
    );
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('alert').textContent).toBe('Pick one');
    expect(container.querySelector('.jf-field')).toBeNull();
  });
});
