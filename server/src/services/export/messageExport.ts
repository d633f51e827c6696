import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Role } from '@journeyflow/shared/api/auth';
import type { MessageExportQuery } from '@journeyflow/shared/api/exports';
import { messageListWhere } from '../../channels/messageService';
import type { ExportColumn } from './exportColumn';
import { keysetPages } from './keysetPages';
import { personColumns } from './personColumns';

type MessageExportRow = {
  id: string;
  cursor_at: string;
  created_at: Date | string;
  journey_id: string | null;
  journey_name: string | null;
  node_id: string | null;
  external_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  channel: string;
  purpose: string;
  status: string;
  rendered: unknown;
  reason: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** The text a person reads, whatever the channel's content shape. */
const renderedText = (rendered: unknown): string => {
  const content = (typeof rendered === 'string' ? JSON.parse(rendered) : rendered) as Record<string, unknown>;
  if (!content || typeof content !== 'object') return '';
  const parts = [content.subject, content.title, content.text, content.body].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  );
  return parts.length > 0 ? parts.join('\n') : JSON.stringify(content);
};

const messageColumns = (role: Role): ExportColumn<MessageExportRow>[] => [
  { key: 'createdAt', header: { ko: '생성 시각', en: 'Created at' }, value: (r) => iso(r.created_at) },
  { key: 'id', header: { ko: '메시지 ID', en: 'Message ID' }, value: (r) => r.id },
  { key: 'journey', header: { ko: '여정', en: 'Journey' }, value: (r) => r.journey_name ?? r.journey_id },
  { key: 'nodeId', header: { ko: '단계', en: 'Step' }, value: (r) => r.node_id },
  ...personColumns<MessageExportRow>(role),
  { key: 'channel', header: { ko: '채널', en: 'Channel' }, value: (r) => r.channel },
  { key: 'purpose', header: { ko: '목적', en: 'Purpose' }, value: (r) => r.purpose },
  { key: 'status', header: { ko: '상태', en: 'Status' }, value: (r) => r.status },
  { key: 'content', header: { ko: '내용', en: 'Content' }, value: (r) => renderedText(r.rendered) },
  { key: 'reason', header: { ko: '사유', en: 'Reason' }, value: (r) => r.reason },
];

/** Every message matching the log's filters, newest first, a page at a time on `(created_at, id)`. */
export const messageExport = (
  sql: SqlClient,
  workspaceId: string,
  role: Role,
  query: MessageExportQuery,
) => ({
  columns: messageColumns(role),
  pages: keysetPages<MessageExportRow, { at: string; id: string }>({
    cursorOf: (row) => ({ at: row.cursor_at, id: row.id }),
    fetchPage: (after, limit) => {
      const params: unknown[] = [];
      const where = messageListWhere(workspaceId, query, params, 'o');
      if (after) {
        params.push(after.at, after.id);
        where.push(`(o.created_at, o.id) < ($${params.length - 1}::text::timestamptz, $${params.length})`);
      }
      params.push(limit);
      return sql.query<MessageExportRow>(
        `select o.id, o.created_at, o.created_at::text as cursor_at, o.journey_id, j.name as journey_name,
                o.node_id, o.external_id, c.attributes ->> 'name' as name,
                coalesce(c.phone, c.attributes ->> 'phone') as phone,
                coalesce(c.email, c.attributes ->> 'email') as email,
                o.channel, o.purpose, o.status, o.rendered, o.reason
           from outbox o
           left join journeys j on j.id = o.journey_id and j.workspace_id = o.workspace_id
           left join customers c on c.id = o.customer_id and c.workspace_id = o.workspace_id
          where ${where.join(' and ')}
          order by o.created_at desc, o.id desc limit $${params.length}`,
        params,
      );
    },
  }),
});
