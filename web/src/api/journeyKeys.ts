import type { JourneyListQuery } from '@journeyflow/shared/api/journeys';

/** TanStack Query keys of journey data; invalidating `all` refreshes every journey screen. */
export const journeyKeys = {
  all: ['journeys'] as const,
  list: (query: JourneyListQuery) => ['journeys', 'list', query] as const,
  detail: (id: string) => ['journeys', 'detail', id] as const,
  versions: (id: string) => ['journeys', 'detail', id, 'versions'] as const,
  version: (id: string, version: number) => ['journeys', 'detail', id, 'versions', version] as const,
  diff: (id: string, from: string, to: string) => ['journeys', 'detail', id, 'diff', from, to] as const,
  audit: (id: string) => ['journeys', 'detail', id, 'audit'] as const,
  comments: (id: string) => ['journeys', 'detail', id, 'comments'] as const,
};
