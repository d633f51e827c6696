import { describe, expect, it } from 'vitest';
import { miniMapPaths } from './miniMapPaths';

type Item = { id: string; color: string; box?: { x: number; y: number; width: number; height: number } };

describe('miniMapPaths', () => {
  it('draws all boxes of one colour as one path, one path per colour, skipping unsized boxes', () => {
    const items: Item[] = [
      { id: 'a', color: 'red', box: { x: 0, y: 0, width: 240, height: 84 } },
      { id: 'b', color: 'blue', box: { x: 300, y: 0, width: 240, height: 84 } },
      { id: 'c', color: 'red', box: { x: 0, y: 180, width: 240, height: 84 } },
      { id: 'd', color: 'red' },
      { id: 'e', color: 'blue', box: { x: 0, y: 0, width: 0, height: 84 } },
    ];
    const paths = miniMapPaths(
      items,
      (item) => item.box,
      (item) => item.color,
      5,
    );
    expect(paths.map((path) => path.color)).toEqual(['red', 'blue']);
    expect(paths[0]?.d.match(/M/g)).toHaveLength(2);
    expect(paths[1]?.d.match(/M/g)).toHaveLength(1);
    expect(
      paths[0]?.d.startsWith(
        'M5 0h230a5 5 0 0 1 5 5v74a5 5 0 0 1 -5 5h-230a5 5 0 0 1 -5 -5v-74a5 5 0 0 1 5 -5z',
      ),
    ).toBe(true);
  });
});
