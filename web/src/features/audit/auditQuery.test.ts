import { describe, expect, it } from 'vitest';
import { auditSearchParams, emptyAuditFilters } from './auditQuery';

describe('auditSearchParams', () => {
  it('leaves empty filters out', () => {
    expect(auditSearchParams(emptyAuditFilters).toString()).toBe('');
  });

  it('joins type and id into `entity`, trims the actor and turns local times into instants', () => {
    const params = auditSearchParams(
      { entityType: 'segment', entityId: ' seg_1 ', actor: ' a@b.kr ', from: '2026-12-01T09:00', to: '' },
      { cursor: 'abc' },
    );
    expect(params.get('entity')).toBe('segment:seg_1');
    expect(params.get('actor')).toBe('a@b.kr');
    expect(params.get('from')).toBe(new Date('2026-12-01T09:00').toISOString());
    expect(params.has('to')).toBe(false);
    expect(params.get('cursor')).toBe('abc');
  });

  it('ignores an id without a type and an unreadable time', () => {
    const params = auditSearchParams({ ...emptyAuditFilters, entityId: 'x', from: 'not a time' });
    expect(params.toString()).toBe('');
  });
});
