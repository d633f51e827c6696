import { z } from 'zod';
import { customerListQuerySchema } from './customers';
import { messageListQuerySchema } from './messages';
import { journeyReportQuerySchema } from './stats';

export const exportFormatSchema = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportLangSchema = z.enum(['ko', 'en']);
export type ExportLang = z.infer<typeof exportLangSchema>;

/** `?format=csv|xlsx&lang=ko|en` of every `…/export` route (SPEC §7a), beside the list's own filters. */
export const exportOptionsSchema = z.object({
  format: exportFormatSchema.default('csv'),
  /** Language of the column headers; the data itself is exported as stored. */
  lang: exportLangSchema.default('ko'),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** `GET /api/messages/export`: the message log's filters, every matching row. */
export const messageExportQuerySchema = messageListQuerySchema
  .omit({ limit: true, cursor: true })
  .extend(exportOptionsSchema.shape);
export type MessageExportQuery = z.infer<typeof messageExportQuerySchema>;

/** `GET /api/customers/export`: the customer list's search and filters, every matching row. */
export const customerExportQuerySchema = customerListQuerySchema
  .omit({ limit: true, cursor: true })
  .extend(exportOptionsSchema.shape);
export type CustomerExportQuery = z.infer<typeof customerExportQuerySchema>;

/** `GET /api/journeys/:id/report/export`: the report's day range. */
export const journeyReportExportQuerySchema = journeyReportQuerySchema.extend(exportOptionsSchema.shape);
export type JourneyReportExportQuery = z.infer<typeof journeyReportExportQuerySchema>;
