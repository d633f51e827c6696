import { describe, expect, it } from 'vitest';
import { previewImportFile, problemRowsCsv } from './importPreview';

describe('previewImportFile', () => {
  it('shows the first rows and finds the id column by its usual names', () => {
    const preview = previewImportFile('\uFEFFname,user_id\n"Kim, M",u1\nLee,u2\nPark,u3\n', false, 2);
    expect(preview.header).toEqual(['name', 'user_id']);
    expect(preview.rows).toEqual([
      ['Kim, M', 'u1'],
      ['Lee', 'u2'],
    ]);
    expect(preview.idColumn).toBe(1);
  });

  it('says when no id column exists, and reads JSON id lists', () => {
    expect(previewImportFile('phone\n010\n', false).idColumn).toBe(-1);
    expect(previewImportFile('["a","b"]', true)).toEqual({
      header: ['externalId'],
      rows: [['a'], ['b']],
      idColumn: 0,
    });
  });
});

describe('problemRowsCsv', () => {
  it('lists every problem row with its line, with a BOM and neutralized formulas', () => {
    const csv = problemRowsCsv(
      {
        imported: 1,
        rejected: [
          { row: 2, reason: 'no customer has this externalId', code: 'unknown', externalId: '=cmd' },
          { row: 4, reason: 'duplicate of row 1', code: 'duplicate', externalId: 'a,b' },
        ],
      },
      ['행', '문제', '고객 ID', '사유'],
      (code) => (code === 'unknown' ? '알 수 없는 ID' : '중복'),
    );
    expect(csv).toBe(
      '\uFEFF행,문제,고객 ID,사유\r\n2,알 수 없는 ID,\'=cmd,no customer has this externalId\r\n4,중복,"a,b",duplicate of row 1\r\n',
    );
  });
});
