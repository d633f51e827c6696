import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { compileCondition } from './compileCondition';
import { loadSegmentRefs } from './loadSegmentRefs';
import { SqlParams } from './sqlParams';

export type AudienceSampleRow = {
  readonly externalId: string;
  readonly grade: string | null;
  readonly attributes: Record<string, unknown>;
};

export type AudiencePreview = { readonly count: number; readonly sample: readonly AudienceSampleRow[] };

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
  const where = compileCondition(
    options.condition,
    {
      workspaceId: options.workspaceId,
      now: options.now,
      segments: refs,
      defaultTimezone: options.defaultTimezone ?? 'Asia/Seoul',
    },
    params,
  );
  const [countRow] = await sql.query<{ n: number | string }>(
    `select count(*)::int as n from customers c where c.workspace_id = $1 and ${where}`,
    params.values,
  );
  const sampleSize = options.sampleSize ?? 10;
  const sampleParams = [...params.values, sampleSize];
  const sample = await sql.query<{
    external_id: string;
    grade: string | null;
    attributes: Record<string, unknown>;
  }>(
    `select c.external_id, c.grade, c.attributes from customers c where c.workspace_id = $1 and ${where}
      order by c.updated_at desc limit $${sampleParams.length}`,
    sampleParams,
  );
  return {
    count: Number(countRow?.n ?? 0),
    sample: sample.map((row) => ({
      externalId: row.external_id,
      grade: row.grade,
      attributes: row.attributes ?? {},
    })),
  };
};
