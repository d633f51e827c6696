import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Role } from '@journeyflow/shared/api/auth';
import { CUSTOMER_EXPORT_SELECT, type CustomerExportRow, customerColumns } from './customerExport';
import type { ExportColumn } from './exportColumn';
import { keysetPages } from './keysetPages';

const enteredColumn: ExportColumn<CustomerExportRow> = {
  key: 'enteredAt',
  header: { ko: '세그먼트 편입 시각', en: 'Joined segment at' },
  value: (r) => (r.entered_at ? new Date(r.entered_at).toISOString() : null),
};

/** A segment's current members (dynamic or imported), in customer id order, a page at a time. */
export const segmentMemberExport = (sql: SqlClient, workspaceId: string, role: Role, segmentId: string) => ({
  columns: [...customerColumns(role), enteredColumn],
  pages: keysetPages<CustomerExportRow, string>({
    cursorOf: (row) => row.id,
    fetchPage: (after, limit) =>
      sql.query<CustomerExportRow>(
        `select ${CUSTOMER_EXPORT_SELECT}, m.entered_at
           from segment_members m join customers c on c.id = m.customer_id and c.workspace_id = m.workspace_id
          where m.segment_id = $1 and m.workspace_id = $2 and ($3::text is null or c.id > $3)
          order by c.id limit $4`,
        [segmentId, workspaceId, after, limit],
      ),
  }),
});
