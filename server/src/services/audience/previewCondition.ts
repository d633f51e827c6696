import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { SegmentPreview } from '@journeyflow/shared/api/segments';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { compileCondition } from './compileCondition';
import { CUSTOMER_COLUMNS, type CustomerRow, toCustomer } from './customerView';
import { loadSegmentRefs } from './loadSegmentRefs';
import { SegmentSubqueries } from './segmentSubqueries';
import { SqlParams } from './sqlParams';

export type AudiencePreview = SegmentPreview;

export type PreviewOptions = {
  readonly workspaceId: string;
  readonly condition: Condition;
  readonly now: Date;
  readonly defaultTimezone?: string;
  readonly sampleSize?: number;
};

/** Live count and a sample of the customers a Condition selects right now (the builder's preview). */
export const previewCondition = async (sql: SqlClient, options: PreviewOptions): Promise<AudiencePreview> => {
  const refs = await loadSegmentRefs(sql, options.workspaceId);
  const params = new SqlParams([options.workspaceId]);
  const subqueries = new SegmentSubqueries();
  const where = compileCondition(
    options.condition,
    {
      workspaceId: options.workspaceId,
      now: options.now,
      segments: refs,
      defaultTimezone: options.defaultTimezone ?? 'Asia/Seoul',
      subqueries,
    },
    params,
  );
  // The condition is evaluated once: the matching ids are materialized, counted, and the newest
  // `sampleSize` of them fetched in full afterwards.
  const sampleSize = options.sampleSize ?? 10;
  const matchParams = [...params.values, sampleSize];
  const [matched] = await sql.query<{ n: number | string; ids: string[] | null }>(
    `with ${[...subqueries.definitions(), ''].join(', ')}m as materialized (
       select c.id, c.updated_at from customers c where c.workspace_id = $1 and ${where}
     )
     select (select count(*)::int from m) as n,
            array(select m.id from m order by m.updated_at desc, m.id limit $${matchParams.length}) as ids`,
    matchParams,
  );
  const ids = matched?.ids ?? [];
  const sample =
    ids.length === 0
      ? []
      : await sql.query<CustomerRow>(
          `select ${CUSTOMER_COLUMNS} from customers c where c.workspace_id = $1 and c.id = any($2::text[])
            order by c.updated_at desc, c.id`,
          [options.workspaceId, ids],
        );
  return { count: Number(matched?.n ?? 0), sample: sample.map((row) => toCustomer(row, options.now)) };
};

/** A static segment's preview: its imported members. */
export const previewMembers = async (
  sql: SqlClient,
  workspaceId: string,
  segmentId: string,
  now: Date,
  sampleSize = 10,
): Promise<AudiencePreview> => {
  const [countRow] = await sql.query<{ n: number }>(
    'select count(*)::int as n from segment_members where segment_id = $1 and workspace_id = $2',
    [segmentId, workspaceId],
  );
  const sample = await sql.query<CustomerRow>(
    `select ${CUSTOMER_COLUMNS} from segment_members m join customers c on c.id = m.customer_id and c.workspace_id = m.workspace_id
      where m.segment_id = $1 and m.workspace_id = $2 order by m.entered_at desc, c.id limit $3`,
    [segmentId, workspaceId, sampleSize],
  );
  return { count: Number(countRow?.n ?? 0), sample: sample.map((row) => toCustomer(row, now)) };
};
