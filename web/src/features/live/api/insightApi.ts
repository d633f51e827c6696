import { customerListResponseSchema } from '@journeyflow/shared/api/customers';
import { trackEventResponseSchema } from '@journeyflow/shared/api/events';
import { gradeDistributionSchema } from '@journeyflow/shared/api/gradeDistribution';
import { inappTokenResponseSchema } from '@journeyflow/shared/api/inapp';
import { journeyRunPageSchema } from '@journeyflow/shared/api/journeys';
import { messageListResponseSchema } from '@journeyflow/shared/api/messages';
import { journeyReportSchema, journeyStatsSchema } from '@journeyflow/shared/api/stats';
import { type TestRunRequest, testRunResponseSchema } from '@journeyflow/shared/api/testRun';
import { traceResponseSchema } from '@journeyflow/shared/api/trace';
import { waitingReasonsSchema } from '@journeyflow/shared/api/waitingReasons';
import { api } from '../../../api/api';
import { pageQuery } from '../../../api/pageQuery';

/** The insight endpoints of SPEC §7 (stats, runs, report, test, trace) and the demo shop's ingestion calls. */
export const insightApi = {
  stats: (journeyId: string, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/stats', { path: { id: journeyId }, schema: journeyStatsSchema, signal }),
  /** One page (50) of the customers on a node, with the total; the first page when `cursor` is undefined. */
  runs: (journeyId: string, nodeId: string, cursor: string | undefined, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/runs', {
      path: { id: journeyId },
      query: pageQuery({ nodeId, limit: 50 }, cursor),
      schema: journeyRunPageSchema,
      signal,
    }),
  /** Why the customers on a node wait, grouped by reason and wake-up time. */
  waiting: (journeyId: string, nodeId: string, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/waiting', {
      path: { id: journeyId },
      query: { nodeId },
      schema: waitingReasonsSchema,
      signal,
    }),
  /** The latest `limit` messages of a journey, any status (the dashboard's channel breakdown). */
  journeyMessages: (journeyId: string, limit: number, signal?: AbortSignal) =>
    api.get('/api/messages', { query: { journeyId, limit }, schema: messageListResponseSchema, signal }),
  /** Skipped or failed messages of a journey (up to 500), for "why" breakdowns. */
  messages: (journeyId: string, status: 'skipped' | 'failed', signal?: AbortSignal) =>
    api.get('/api/messages', {
      query: { journeyId, status, limit: 500 },
      schema: messageListResponseSchema,
      signal,
    }),
  report: (journeyId: string, range: { from?: string; to?: string } = {}, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/report', {
      path: { id: journeyId },
      query: { from: range.from || undefined, to: range.to || undefined },
      schema: journeyReportSchema,
      signal,
    }),
  test: (journeyId: string, request: TestRunRequest) =>
    api.post('/api/journeys/{id}/test', {
      path: { id: journeyId },
      body: request,
      schema: testRunResponseSchema,
    }),
  trace: (externalId: string, journeyId?: string, signal?: AbortSignal) =>
    api.get('/api/customers/{externalId}/trace', {
      path: { externalId },
      query: { journeyId: journeyId || undefined },
      schema: traceResponseSchema,
      signal,
    }),
  customers: (query: { q?: string; grade?: string }, signal?: AbortSignal) =>
    api.get('/api/customers', {
      query: { q: query.q || undefined, grade: query.grade || undefined },
      schema: customerListResponseSchema,
      signal,
    }),
  track: (externalId: string, name: string, properties: Record<string, unknown>) =>
    api.post('/api/events', { body: { externalId, name, properties }, schema: trackEventResponseSchema }),
  trackBatch: (
    events: readonly { externalId: string; name: string; properties: Record<string, unknown> }[],
  ) => api.post('/api/events/batch', { body: { events: [...events] }, schema: trackEventResponseSchema }),
  gradeDistribution: (days: number, signal?: AbortSignal) =>
    api.get('/api/insights/grades', { query: { days }, schema: gradeDistributionSchema, signal }),
  inappToken: (externalId: string) =>
    api.post('/api/inapp/token', { body: { externalId }, schema: inappTokenResponseSchema }),
};
