import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { describe, expect, it } from 'vitest';
import { commonEventNames, knownEventNames, usedSegmentIds } from './knownEventNames';

const node = (id: string, settings: Record<string, unknown>) =>
  ({ id, type: 'entry.event', position: { x: 0, y: 0 }, settings }) as unknown as DraftJourneyNode;

describe('knownEventNames', () => {
  it('puts the events the workspace has seen first, in the catalog order', () => {
    const names = knownEventNames(['purchase', 'app_login'], [node('a', { event: 'zz_custom' })]);
    expect(names.slice(0, 2)).toEqual(['purchase', 'app_login']);
    expect(names).toContain('zz_custom');
    expect(names).toContain('product_viewed');
    expect(new Set(names).size).toBe(names.length);
  });

  it('falls back to the journey names and the common names, alphabetically, before the catalog loads', () => {
    const names = knownEventNames([], [node('a', { event: 'cart_added', withoutEvent: 'aa_first' })]);
    expect(names[0]).toBe('aa_first');
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(commonEventNames.length + 1);
  });
});

describe('usedSegmentIds', () => {
  it('lists each referenced segment once', () => {
    expect(
      usedSegmentIds([
        node('a', { segmentId: 's2' }),
        node('b', { segmentId: 's1' }),
        node('c', { segmentId: 's2' }),
      ]),
    ).toEqual(['s1', 's2']);
  });
});
