import type { ReactNode, TableHTMLAttributes } from 'react';
import { RowActionHeader } from './RowAction';

/**
 * A table of records: one column header per label, and, when the rows end in a per-row action, that
 * column's header named for screen readers only; `children` are the body's rows. Other table attributes
 * (`aria-label`, `aria-busy`) pass through.
 */
export function DataTable({
  columns,
  rowActionLabel,
  variant,
  testId,
  children,
  ...table
}: Omit<TableHTMLAttributes<HTMLTableElement>, 'className' | 'children'> & {
  readonly columns: readonly string[];
  readonly rowActionLabel?: string;
  /** An extra class beside `jf-table`, e.g. `jf-table-compact`. */
  readonly variant?: string;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <table {...table} className={variant ? `jf-table ${variant}` : 'jf-table'} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
          {rowActionLabel !== undefined && <RowActionHeader label={rowActionLabel} />}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
