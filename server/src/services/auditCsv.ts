import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { WorkspaceAuditEntry, WorkspaceAuditExportQuery } from '@journeyflow/shared/api/audit';
import { listWorkspaceAudit } from './workspaceAudit';

const COLUMNS = [
  'time',
  'actor',
  'actorId',
  'action',
  'entityType',
  'entityId',
  'before',
  'after',
  'details',
];

/**
 * One CSV field (RFC 4180 quoting). A text starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`
 * so a spreadsheet never runs it as a formula (the trail quotes what users typed).
 */
export const csvField = (value: unknown): string => {
  const text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const toLine = (entry: WorkspaceAuditEntry) =>
  `${[
    entry.createdAt,
    entry.actorName ?? '',
    entry.actorId ?? '',
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.before ?? (entry.beforeHash ? { hash: entry.beforeHash } : null),
    entry.after ?? (entry.afterHash ? { hash: entry.afterHash } : null),
    entry.details,
  ]
    .map(csvField)
    .join(',')}\r\n`;

/**
 * The filtered audit trail as CSV (UTF-8 with BOM so spreadsheet apps read Korean right), produced page
 * by page so a long trail is never held in memory at once.
 */
export const auditCsvStream = (
  sql: SqlClient,
  workspaceId: string,
  query: WorkspaceAuditExportQuery,
): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder();
  const { format: _format, ...filters } = query;
  let cursor: string | null | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${COLUMNS.join(',')}\r\n`));
        return;
      }
      if (cursor === null) {
        controller.close();
        return;
      }
      const page = await listWorkspaceAudit(sql, workspaceId, {
        ...filters,
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      cursor = page.nextCursor;
      if (page.items.length > 0) controller.enqueue(encoder.encode(page.items.map(toLine).join('')));
      if (cursor === null) controller.close();
    },
  });
};
