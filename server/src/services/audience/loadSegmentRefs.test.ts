import type { QueryOptions, SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { describe, expect, it } from 'vitest';
import { loadSegmentRefs } from './loadSegmentRefs';

describe('loadSegmentRefs', () => {
  it('reads the segments with a prepared statement (every audience-aware ingestion batch runs it)', async () => {
    const seen: (QueryOptions | undefined)[] = [];
    const sql = {
      kind: 'pglite',
      query: async (_text: string, _params?: readonly unknown[], options?: QueryOptions) => {
        seen.push(options);
        return [
          { id: 'seg_d', type: 'dynamic', condition: { all: [] } },
          { id: 'seg_s', type: 'static', condition: null },
        ];
      },
      transaction: () => Promise.reject(new Error('not used')),
    } as unknown as SqlClient;
    const refs = await loadSegmentRefs(sql, 'ws');
    expect(seen).toEqual([{ prepare: true }]);
    expect(refs.get('seg_d')).toEqual({ type: 'dynamic', condition: { all: [] } });
    expect(refs.get('seg_s')).toEqual({ type: 'static', condition: null });
  });
});
