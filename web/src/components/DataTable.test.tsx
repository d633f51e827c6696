import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

afterEach(cleanup);

describe('DataTable', () => {
  it('heads one column per label, in order, above its rows', () => {
    render(
      <DataTable columns={['Name', 'Email']} variant="jf-table-compact" testId="people">
        <tr>
          <td>Kim</td>
          <td>kim@example.com</td>
        </tr>
      </DataTable>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Name', 'Email']);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(screen.getByRole('cell', { name: 'Kim' })).toBeTruthy();
    expect(screen.getByTestId('people').className).toBe('jf-table jf-table-compact');
  });

  it('names the row-action column for screen readers only', () => {
    const { container } = render(
      <DataTable columns={['Name']} rowActionLabel="Remove" aria-label="People">
        {null}
      </DataTable>,
    );
    expect(screen.getAllByRole('columnheader')).toHaveLength(2);
    expect(container.querySelector('th .jf-sr-only')?.textContent).toBe('Remove');
    expect(screen.getByRole('table', { name: 'People' }).className).toBe('jf-table');
  });
});
