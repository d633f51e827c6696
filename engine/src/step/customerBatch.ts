import type { SqlClient } from '../ports/sqlClient';
import { type CustomerRecord, customerColumns, customerFromRow } from './customerRecord';

const qualifiedCustomerColumns = customerColumns
  .split(', ')
  .map((column) => `c.${column}`)
  .join(', ');

/**
 * The next `limit` customers of a workspace after `afterId` in id order (keyset batches for entering a
 * whole audience at once), only a segment's members when `segmentId` is given. An empty batch = done.
 */
export async function customerBatch(
  sql: SqlClient,
  batch: {
    readonly workspaceId: string;
    readonly segmentId?: string | null | undefined;
    readonly afterId: string;
    readonly limit: number;
  },
): Promise<CustomerRecord[]> {
  const params: unknown[] = [batch.workspaceId, batch.afterId, batch.limit];
  const rows = batch.segmentId
    ? await sql.query(
        `select ${qualifiedCustomerColumns} from customers c
          join segment_members m on m.customer_id = c.id and m.segment_id = $4
          where c.workspace_id = $1 and c.id > $2 order by c.id limit $3`,
        [...params, batch.segmentId],
      )
    : await sql.query(
        `select ${customerColumns} from customers where workspace_id = $1 and id > $2 order by id limit $3`,
        params,
      );
  return rows.map(customerFromRow);
}
