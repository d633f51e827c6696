import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { cardHandles } from './cardHandles';
import { NODE_HEIGHT, NODE_WIDTH } from './graphToFlow';

const size = { width: NODE_WIDTH, height: NODE_HEIGHT };

describe('cardHandles', () => {
  // The boxes Chromium reports for a drawn card (handle rect relative to the card, at zoom 1): the
  // positions given up front must be the ones React Flow measures later, or edges jump on first sight.
  it('places the input on the top border and the outputs spread along the bottom, as the card draws them', () => {
    const handles = cardHandles(
      [
        { id: 'yes', label: 'yes' },
        { id: 'no', label: 'no' },
      ],
      size,
      true,
    );
    const box = (handle: (typeof handles)[number]) => [
      handle.id,
      handle.type,
      Number(handle.x.toFixed(2)),
      handle.y,
      handle.width,
      handle.height,
    ];
    expect(handles.map(box)).toEqual([
      ['yes', 'source', 75.33, 78, 10, 10],
      ['no', 'source', 154.67, 78, 10, 10],
      [null, 'target', 115, -1, 10, 10],
    ]);
    expect(handles.map((handle) => handle.position)).toEqual([
      Position.Bottom,
      Position.Bottom,
      Position.Top,
    ]);
  });

  it('gives an entry step no input and a single output in the middle', () => {
    expect(cardHandles([{ id: 'next', label: 'next' }], size, false)).toEqual([
      { id: 'next', type: 'source', position: Position.Bottom, x: 115, y: 78, width: 10, height: 10 },
    ]);
  });
});
