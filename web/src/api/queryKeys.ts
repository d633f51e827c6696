import type { CustomerListQuery } from '@journeyflow/shared/api/customers';
import type { JourneyListQuery } from '@journeyflow/shared/api/journeys';
import type { MessageListQuery } from '@journeyflow/shared/api/messages';

/**
 * Every TanStack Query key of the web app, in one place, so two screens reading the same resource share
 * its cache and an invalidation reaches all of them (invalidating a prefix such as `journeys.all`
 * refreshes every key under it).
 */
export const queryKeys = {
  auth: { me: ['auth', 'me'] as const, config: ['auth', 'config'] as const },
  journeys: {
    all: ['journeys'] as const,
    list: (query: JourneyListQuery) => ['journeys', 'list', query] as const,
    detail: (id: string) => ['journeys', 'detail', id] as const,
    versions: (id: string) => ['journeys', 'detail', id, 'versions'] as const,
    version: (id: string, version: number) => ['journeys', 'detail', id, 'versions', version] as const,
    diff: (id: string, from: string, to: string) => ['journeys', 'detail', id, 'diff', from, to] as const,
    audit: (id: string) => ['journeys', 'detail', id, 'audit'] as const,
    comments: (id: string) => ['journeys', 'detail', id, 'comments'] as const,
  },
  journeyTemplates: { all: ['journey-templates'] as const },
  insights: {
    stats: (journeyId: string) => ['journeys', journeyId, 'stats'] as const,
    runs: (journeyId: string, nodeId: string) => ['journeys', journeyId, 'runs', nodeId] as const,
    /** Paged (cursor) list of the customers on one step: an infinite query, so its own key. */
    runPages: (journeyId: string, nodeId: string) =>
      ['journeys', journeyId, 'runs', nodeId, 'pages'] as const,
    report: (journeyId: string, from?: string, to?: string) =>
      ['journeys', journeyId, 'report', from ?? '', to ?? ''] as const,
    trace: (externalId: string, journeyId?: string) =>
      ['customers', externalId, 'trace', journeyId ?? ''] as const,
    grades: (days: number) => ['insights', 'grades', days] as const,
    waiting: (journeyId: string, nodeId: string) => ['journeys', journeyId, 'waiting', nodeId] as const,
  },
  templates: {
    all: ['templates'] as const,
    list: ['templates', 'list'] as const,
    preview: (id: string, externalId: string) => ['templates', 'preview', id, externalId] as const,
    versions: (id: string) => ['templates', 'versions', id] as const,
  },
  settings: {
    channels: ['settings', 'channels'] as const,
    prices: ['settings', 'prices'] as const,
    alimtalk: ['settings', 'alimtalk-templates'] as const,
    messaging: ['settings', 'messaging'] as const,
    apiKeys: ['settings', 'api-keys'] as const,
  },
  segments: {
    all: ['segments'] as const,
    list: ['segments', 'list'] as const,
    preview: (condition: unknown) => ['segments', 'preview', condition] as const,
    members: (id: string) => ['segments', 'members', id] as const,
    changeRequests: ['segments', 'change-requests'] as const,
    reviewSettings: ['segments', 'review-settings'] as const,
  },
  grades: { tiers: ['grades', 'tiers'] as const },
  catalog: { all: ['catalog'] as const },
  customers: {
    list: (query: CustomerListQuery) => ['customers', 'list', query] as const,
    pages: (query: CustomerListQuery) => ['customers', 'pages', query] as const,
    detail: (externalId: string) => ['customers', 'detail', externalId] as const,
    demoShop: ['customers', 'demo-shop'] as const,
  },
  messages: {
    list: (query: MessageListQuery) => ['messages', 'list', query] as const,
    pages: (query: MessageListQuery) => ['messages', 'pages', query] as const,
    byStatus: (journeyId: string, status: string) => ['messages', journeyId, status] as const,
    ofJourney: (journeyId: string, limit: number) => ['messages', { journeyId, limit }] as const,
  },
  audit: { list: <Filters>(filters: Filters) => ['audit', filters] as const },
  team: {
    users: ['team', 'users'] as const,
    invitations: ['team', 'invitations'] as const,
    invitation: (token: string) => ['team', 'invitation', token] as const,
  },
  testSend: { recipients: ['test-recipients'] as const },
};
