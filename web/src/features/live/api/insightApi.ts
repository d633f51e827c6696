import { customerListResponseSchema } from '@journeyflow/shared/api/customers';
import { trackEventResponseSchema } from '@journeyflow/shared/api/events';
import { gradeDistributionSchema } from '@journeyflow/shared/api/gradeDistribution';
import { inappTokenResponseSchema } from '@journeyflow/shared/api/inapp';
import { journeyRunPageSchema } from '@journeyflow/shared/api/journeys';
import { messageListResponseSchema } from '@journeyflow/shared/api/messages';
import { journeyReportSchema, journeyStatsSchema } from '@journeyflow/shared/api/stats';
import { type TestRunRequest, testRunResponseSchema } from '@journeyflow/shared/api/testRun';
import { traceResponseSchema } from '@journeyflow/shared/api/trace';
import { apiRequest } from '../../../api/apiRequest';
import { pageSearchParams } from '../../../api/pageQuery';

const journey = (id: string) => `/api/journeys/${encodeURIComponent(id)}`;

/** The insight endpoints of SPEC §7 (stats, runs, report, test, trace) and the demo shop's ingestion calls. */
export const insightApi = {
  stats: (journeyId: string, signal?: AbortSignal) =>
    apiRequest(`${journey(journeyId)}/stats`, { schema: journeyStatsSchema, signal }),
  /** One page (50) of the customers on a node, with the total; the first page when `cursor` is undefined. */
  runs: (journeyId: string, nodeId: string, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest(`${journey(journeyId)}/runs?${pageSearchParams({ nodeId, limit: 50 }, cursor)}`, {
      schema: journeyRunPageSchema,
      signal,
    }),
  /** Skipped or failed messages of a journey (up to 500), for "why" breakdowns. */
  messages: (journeyId: string, status: 'skipped' | 'failed', signal?: AbortSignal) =>
    apiRequest(`/api/messages?journeyId=${encodeURIComponent(journeyId)}&status=${status}&limit=500`, {
      schema: messageListResponseSchema,
      signal,
    }),
  report: (journeyId: string, range: { from?: string; to?: string } = {}, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (range.from) params.set('from', range.from);
    if (range.to) params.set('to', range.to);
    const search = params.toString();
    return apiRequest(`${journey(journeyId)}/report${search ? `?${search}` : ''}`, {
      schema: journeyReportSchema,
      signal,
    });
  },
  test: (journeyId: string, request: TestRunRequest) =>
    apiRequest(`${journey(journeyId)}/test`, {
      method: 'POST',
      body: request,
      schema: testRunResponseSchema,
    }),
  trace: (externalId: string, journeyId?: string, signal?: AbortSignal) =>
    apiRequest(
      `/api/customers/${encodeURIComponent(externalId)}/trace${journeyId ? `?journeyId=${encodeURIComponent(journeyId)}` : ''}`,
      { schema: traceResponseSchema, signal },
    ),
  customers: (query: { q?: string; grade?: string }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.grade) params.set('grade', query.grade);
    return apiRequest(`/api/customers?${params.toString()}`, { schema: customerListResponseSchema, signal });
  },
  track: (externalId: string, name: string, properties: Record<string, unknown>) =>
    apiRequest('/api/events', {
      method: 'POST',
      body: { externalId, name, properties },
      schema: trackEventResponseSchema,
    }),
  trackBatch: (
    events: readonly { externalId: string; name: string; properties: Record<string, unknown> }[],
  ) =>
    apiRequest('/api/events/batch', { method: 'POST', body: { events }, schema: trackEventResponseSchema }),
  gradeDistribution: (days: number, signal?: AbortSignal) =>
    apiRequest(`/api/insights/grades?days=${days}`, { schema: gradeDistributionSchema, signal }),
  inappToken: (externalId: string) =>
    apiRequest('/api/inapp/token', {
      method: 'POST',
      body: { externalId },
      schema: inappTokenResponseSchema,
    }),
};
