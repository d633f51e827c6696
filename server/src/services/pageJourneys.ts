import type { JourneyListQuery } from '@journeyflow/shared/api/journeys';
import type { Page } from '@journeyflow/shared/api/paging';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { journeys } from '../db/schema/journeys';
import { users } from '../db/schema/users';
import { journeyListConditions, toJourneySummaries } from './journeyService';
import type { JourneySummaryView } from './journeyView';
import { decodeCursor, encodeCursor } from './paging/pageCursor';

/**
 * `GET /api/journeys?cursor=`: journeys a page at a time, newest created first (`updated_at` moves
 * while someone pages). The key is read as text so the cursor keeps PostgreSQL's microseconds.
 */
export const pageJourneys = async (
  orm: Orm,
  actor: UserPrincipal,
  query: JourneyListQuery,
  cursor: string,
): Promise<Page<JourneySummaryView>> => {
  const conditions = journeyListConditions(actor, query);
  const [counted] = await orm
    .select({ n: count() })
    .from(journeys)
    .where(and(...conditions));
  if (cursor !== '') {
    const [at, id] = decodeCursor(cursor, 'journeys', ['timestamptz', 'text']);
    conditions.push(sql`(${journeys.createdAt}, ${journeys.id}) < (${at}::text::timestamptz, ${id}::text)`);
  }
  const limit = query.limit ?? 100;
  const rows = await orm
    .select({ journey: journeys, ownerName: users.name, key: sql<string>`${journeys.createdAt}::text` })
    .from(journeys)
    .leftJoin(users, eq(users.id, journeys.createdBy))
    .where(and(...conditions))
    .orderBy(desc(journeys.createdAt), desc(journeys.id))
    .limit(limit + 1);
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: await toJourneySummaries(orm, pageRows),
    nextCursor: rows.length > limit && last ? encodeCursor('journeys', [last.key, last.journey.id]) : null,
    total: Number(counted?.n ?? 0),
    totalExact: true,
  };
};
