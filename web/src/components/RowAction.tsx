/**
 * A table's last column of per-row actions (revoke a key, remove a recipient): the header names the
 * column for screen readers only, and each row's button is disabled while its request runs.
 */
export function RowActionHeader({ label }: { readonly label: string }) {
  return (
    <th scope="col">
      <span className="jf-sr-only">{label}</span>
    </th>
  );
}

export function RowActionButton({
  label,
  pending,
  onClick,
}: {
  readonly label: string;
  readonly pending: boolean;
  readonly onClick: () => void;
}) {
  return (
    <button type="button" className="jf-button" disabled={pending} onClick={onClick}>
      {label}
    </button>
  );
}
