import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TableHead } from './TableHead';

afterEach(cleanup);

const inTable = (head: ReactNode) => render(<table>{head}</table>);

describe('TableHead', () => {
  it('heads one column per label, in order', () => {
    inTable(<TableHead columns={['Name', 'Email']} />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Name', 'Email']);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
  });

  it('names the row-action column for screen readers only', () => {
    const { container } = inTable(<TableHead columns={['Name']} rowActionLabel="Remove" />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(2);
    expect(container.querySelector('th .jf-sr-only')?.textContent).toBe('Remove');
  });
});
