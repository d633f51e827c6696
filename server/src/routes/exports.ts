import { z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  customerExportQuerySchema,
  type ExportFormat,
  type ExportLang,
  exportOptionsSchema,
  journeyReportExportQuerySchema,
  messageExportQuerySchema,
} from '@journeyflow/shared/api/exports';
import { canSeePersonalData } from '@journeyflow/shared/audience/personalData';
import { requireUser } from '../auth/authMiddleware';
import type { UserPrincipal } from '../auth/principal';
import { createRouter } from '../http/createRouter';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { getSegment } from '../services/audience/segmentStore';
import { customerExport } from '../services/export/customerExport';
import { type ExportRequest, exportResponse } from '../services/export/exportResponse';
import { reportColumns, reportLines } from '../services/export/journeyReportExport';
import { messageExport } from '../services/export/messageExport';
import { segmentMemberExport } from '../services/export/segmentMemberExport';
import { EXPORT_CONTENT_TYPES } from '../services/export/writeExport';
import { journeyReport } from '../services/insight/journeyReport';

const fileResponse = {
  description:
    'The file, streamed: CSV (UTF-8 with BOM) or XLSX, headers in `lang`; name, phone and email masked for marketers',
  content: {
    [EXPORT_CONTENT_TYPES.csv]: { schema: z.string() },
    [EXPORT_CONTENT_TYPES.xlsx]: { schema: z.string().meta({ format: 'binary' }) },
  },
};

/** A file export: the list's own tag, its filters (and the id in its path), the file as the answer. */
const exportRoute = <const P extends string, const R extends { params?: z.ZodObject; query: z.ZodObject }>(
  path: P,
  tag: string,
  summary: string,
  request: R,
) => routeOf(tag).get(path, summary, { ...request, responses: { 200: fileResponse } });

const messagesRoute = exportRoute('/messages/export', 'messages', 'Export the message log with its filters', {
  query: messageExportQuerySchema,
});
const customersRoute = exportRoute(
  '/customers/export',
  'customers',
  'Export the customer list with its search and filters',
  { query: customerExportQuerySchema },
);
const segmentMembersRoute = exportRoute(
  '/segments/{id}/members/export',
  'segments',
  'Export a segment’s members',
  { params: idParamSchema, query: exportOptionsSchema },
);
const journeyReportRoute = exportRoute(
  '/journeys/{id}/report/export',
  'journeys',
  'Export the journey report for a day range',
  { params: idParamSchema, query: journeyReportExportQuerySchema },
);

/**
 * The file fields of a list export (messages, customers): the query minus format and language is the
 * audited filter set, the sheet is named in the file's language and the file after the list.
 */
const listFile = <Q extends { format: ExportFormat; lang: ExportLang }>(
  query: Q,
  resource: 'messages' | 'customers',
  sheetNames: Readonly<Record<ExportLang, string>>,
) => {
  const { format, lang, ...filters } = query;
  return {
    format,
    lang,
    filters,
    resource,
    sheetName: sheetNames[lang],
    filename: { ko: sheetNames.ko, en: resource },
  };
};

/**
 * `…/export` (SPEC §7a): every export streams through one helper (services/export), is audited, and
 * masks personal data for roles that may not see it (shared/audience/personalData). Mounted before the
 * `/customers/:externalId` routes so `export` is not read as a customer id.
 */
export const createExportRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  const sql = deps.db.sql;
  /** Audits and streams the file; `personalData: false` for files that name nobody (the report). */
  const answer = <Row>(user: UserPrincipal, request: ExportRequest<Row>, personalData = true) =>
    exportResponse(deps.db.orm, user, request, {
      now: deps.now(),
      personalDataMasked: personalData && !canSeePersonalData(user.role),
    });
  return createRouter()
    .openapi({ ...messagesRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const query = c.req.valid('query');
      return answer(user, {
        ...messageExport(sql, user.workspaceId, user.role, query),
        ...listFile(query, 'messages', { ko: '메시지', en: 'Messages' }),
      });
    })
    .openapi({ ...customersRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const query = c.req.valid('query');
      if (query.segmentId) await getSegment(sql, user.workspaceId, query.segmentId);
      return answer(user, {
        ...customerExport(sql, user.workspaceId, user.role, query),
        ...listFile(query, 'customers', { ko: '고객', en: 'Customers' }),
      });
    })
    .openapi({ ...segmentMembersRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const { format, lang } = c.req.valid('query');
      const segment = await getSegment(sql, user.workspaceId, c.req.valid('param').id);
      return answer(user, {
        ...segmentMemberExport(sql, user.workspaceId, user.role, segment.id),
        format,
        lang,
        filters: { segmentId: segment.id },
        resource: 'segment_members',
        sheetName: segment.name.replace(/[\\/?*[\]:]/g, ' '),
        filename: { ko: `세그먼트_${segment.name}`, en: `segment_${segment.name}` },
      });
    })
    .openapi({ ...journeyReportRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const { format, lang, ...range } = c.req.valid('query');
      const journeyId = c.req.valid('param').id;
      const report = await journeyReport(sql, user.workspaceId, journeyId, range);
      return answer(
        user,
        {
          columns: reportColumns,
          pages: [reportLines(report)],
          format,
          lang,
          filters: range,
          resource: 'journey_report',
          entity: { type: 'journey', id: journeyId },
          sheetName: lang === 'ko' ? '여정 리포트' : 'Journey report',
          filename: { ko: `여정_리포트_${journeyId}`, en: `journey_report_${journeyId}` },
        },
        false,
      );
    });
};
