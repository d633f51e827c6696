import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Page } from '@journeyflow/shared/api/paging';
import { countTotal } from './countTotal';
import { type CursorKeyType, decodeCursor, encodeCursor } from './pageCursor';

export type KeysetKey = { readonly expr: string; readonly type: CursorKeyType };

export type KeysetRequest = {
  /** Names the list; a cursor of another list is refused. */
  readonly scope: string;
  /** Columns of the page rows (without the keys, which are added). */
  readonly select: string;
  /** `table alias join …` */
  readonly from: string;
  readonly where: readonly string[];
  readonly params: readonly unknown[];
  /** A unique, stable order: the last key must be unique (an id). */
  readonly keys: readonly KeysetKey[];
  readonly direction: 'asc' | 'desc';
  /** '' = the first page. */
  readonly cursor: string;
  readonly limit: number;
};

/** The usual order of a list: newest first by `<alias>.<timeColumn>`, ties broken by `<alias>.id`. */
export function newestFirst(alias: string, timeColumn = 'created_at') {
  return {
    keys: [
      { expr: `${alias}.${timeColumn}`, type: 'timestamptz' },
      { expr: `${alias}.id`, type: 'text' },
    ],
    direction: 'desc',
  } as const satisfies Pick<KeysetRequest, 'keys' | 'direction'>;
}

/**
 * One page of a keyset-paged list: rows after the cursor's position on `keys` (a row-value comparison
 * the indexes serve), the next cursor when more rows follow, and the list's total.
 */
export async function keysetPage<Row extends Record<string, unknown>>(
  sql: SqlClient,
  request: KeysetRequest,
): Promise<Page<Row>> {
  const params = [...request.params];
  const where = [...request.where];
  const fromWhere = `${request.from} where ${where.join(' and ')}`;
  if (request.cursor !== '') {
    const values = decodeCursor(
      request.cursor,
      request.scope,
      request.keys.map((k) => k.type),
    );
    const placeholders = values.map((value, i) => {
      params.push(value);
      // Sent as text: postgres.js would serialize a timestamptz parameter through Date (milliseconds).
      return `$${params.length}::text::${request.keys[i]?.type}`;
    });
    const op = request.direction === 'desc' ? '<' : '>';
    where.push(`(${request.keys.map((k) => k.expr).join(', ')}) ${op} (${placeholders.join(', ')})`);
  }
  params.push(request.limit + 1);
  const keyColumns = request.keys.map((k, i) => `(${k.expr})::text as __key${i}`).join(', ');
  const order = request.keys.map((k) => `${k.expr} ${request.direction}`).join(', ');
  const rows = await sql.query<Row>(
    `select ${request.select}, ${keyColumns} from ${request.from} where ${where.join(' and ')}
      order by ${order} limit $${params.length}`,
    params,
  );
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > request.limit && last
      ? encodeCursor(
          request.scope,
          request.keys.map((_, i) => String(last[`__key${i}`])),
        )
      : null;
  return { items, nextCursor, ...(await countTotal(sql, fromWhere, request.params)) };
}
