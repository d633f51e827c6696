import { describe, expect, it } from 'vitest';
import { textDiff } from './textDiff';

describe('textDiff', () => {
  it('marks the words a change removed and added, keeping the rest', () => {
    expect(textDiff('김민지님, 10% 쿠폰을 드려요', '김민지님, 15% 쿠폰을 드려요')).toEqual([
      { kind: 'same', text: '김민지님, ' },
      { kind: 'removed', text: '10%' },
      { kind: 'added', text: '15%' },
      { kind: 'same', text: ' 쿠폰을 드려요' },
    ]);
  });

  it('handles text added from nothing and text removed entirely', () => {
    expect(textDiff('', '새 문구')).toEqual([{ kind: 'added', text: '새 문구' }]);
    expect(textDiff('옛 문구', '')).toEqual([{ kind: 'removed', text: '옛 문구' }]);
  });

  it('shows a very long text as replaced rather than spending quadratic time', () => {
    const long = Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ');
    expect(textDiff(long, `${long} 끝`).map((piece) => piece.kind)).toEqual(['removed', 'added']);
  });
});
