import type { ExportLang } from '@journeyflow/shared/api/exports';
import type { UserPrincipal } from '../../auth/principal';
import type { Executor } from '../../db/database';
import { type AuditEntry, recordActorAudit } from '../recordAudit';
import { contentDisposition } from './contentDisposition';
import { EXPORT_CONTENT_TYPES, type ExportSource, exportBody } from './writeExport';

export type ExportRequest<Row> = ExportSource<Row> & {
  /** File name without date and extension, per header language: `{ ko: '메시지', en: 'messages' }`. */
  readonly filename: Readonly<Record<ExportLang, string>>;
  /** What is exported, for the audit log: `messages`, `customers`, `segment_members`, `journey_report`, … */
  readonly resource: string;
  readonly entity?: { readonly type: AuditEntry['entityType']; readonly id: string };
  /** The list filters applied, recorded in the audit entry. */
  readonly filters: Record<string, unknown>;
};

/**
 * Audits the export (who, what, which filters, whether personal data was masked) and answers with the
 * streamed file. The audit entry is written before the first byte, so an aborted download is recorded too.
 */
export const exportResponse = async <Row>(
  audit: Executor,
  user: UserPrincipal,
  request: ExportRequest<Row>,
  options: { readonly now: Date; readonly personalDataMasked: boolean },
): Promise<Response> => {
  await recordActorAudit(audit, user, {
    action: 'exported',
    entityType: request.entity?.type ?? 'workspace',
    entityId: request.entity?.id ?? user.workspaceId,
    details: {
      resource: request.resource,
      format: request.format,
      filters: request.filters,
      personalDataMasked: options.personalDataMasked,
    },
  });
  const day = options.now.toISOString().slice(0, 10);
  const filename = `${request.filename[request.lang]}_${day}.${request.format}`;
  return new Response(exportBody(request), {
    status: 200,
    headers: {
      'content-type': EXPORT_CONTENT_TYPES[request.format],
      'content-disposition': contentDisposition(filename),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
