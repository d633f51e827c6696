import { type NodeHandle, Position } from '@xyflow/react';
import type { HandleInfo } from './nodeHandles';

/** The card's borders and handle size from `.jf-node` and `.jf-handle-*` in nodes.css. */
const BORDER = 1;
const BORDER_TOP = 4;
const HANDLE = 10;

/**
 * Where a card's handles sit, as React Flow would measure them from the DOM (node-relative box of each
 * handle, at the fixed card size): the input centred on the top border, the outputs spread along the
 * bottom. Given up front, React Flow can draw edges and cull off-screen cards on the first render;
 * without them it mounts every card of the journey once just to measure its handles (1,000 cards for a
 * 1,000-step journey, of which ≈ 40 are in view).
 */
export function cardHandles(
  outputs: readonly HandleInfo[],
  size: { readonly width: number; readonly height: number },
  /** Entry steps have no input. */
  hasInput: boolean,
): NodeHandle[] {
  const inner = size.width - 2 * BORDER;
  const handles: NodeHandle[] = outputs.map((output, index) => ({
    id: output.id,
    type: 'source',
    position: Position.Bottom,
    x: BORDER + ((index + 1) / (outputs.length + 1)) * inner - HANDLE / 2,
    y: size.height - BORDER - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  }));
  if (hasInput)
    handles.push({
      id: null,
      type: 'target',
      position: Position.Top,
      x: BORDER + inner / 2 - HANDLE / 2,
      y: BORDER_TOP - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    });
  return handles;
}
