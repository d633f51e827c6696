import { describe, expect, it } from 'vitest';
import { PLUS_MIN_ZOOM, readableZoom } from './PlusEdge';

describe('PlusEdge', () => {
  // Issue 15 "editor at size": a fitted 300-step journey draws no "+" per edge (the canvas hid them anyway).
  it('draws the "+" only from the readable zoom up, the same threshold the canvas hides details at', () => {
    expect(readableZoom({ transform: [0, 0, 1] })).toBe(true);
    expect(readableZoom({ transform: [0, 0, PLUS_MIN_ZOOM] })).toBe(true);
    expect(readableZoom({ transform: [120, -40, 0.3] })).toBe(false);
  });
});
