import { describe, expect, it } from 'vitest';
import { exportHref } from './ExportButtons';

describe('exportHref', () => {
  it('carries the format, the UI language and only the filters that are set', () => {
    expect(
      exportHref('/api/customers/export', 'xlsx', 'ko', {
        q: '김',
        grade: '',
        segmentId: undefined,
        limit: 5,
      }),
    ).toBe('/api/customers/export?format=xlsx&lang=ko&q=%EA%B9%80&limit=5');
  });
});
