import { RowActionHeader } from './RowAction';

/**
 * A data table's header row: one column header per label, and, when the rows end in a per-row action,
 * that column's header named for screen readers only.
 */
export function TableHead({
  columns,
  rowActionLabel,
}: {
  readonly columns: readonly string[];
  readonly rowActionLabel?: string;
}) {
  return (
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
  );
}
