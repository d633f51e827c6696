import { act, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { translatorFor } from '../../../i18n/useT';
import { toFlowNode } from '../utils/graphToFlow';
import { FAR_ZOOM, LogicNode } from './JourneyNodeCard';

const condition = toFlowNode(
  {
    id: 'c1',
    type: 'condition',
    position: { x: 0, y: 0 },
    settings: { condition: { attribute: 'grade', op: 'eq', value: 'VIP' } },
  } as Parameters<typeof toFlowNode>[0],
  { errorCount: 1 },
);

let zoomTo: (zoom: number) => void = () => {};
function ZoomControl() {
  const store = useStoreApi();
  zoomTo = (zoom) => store.setState({ transform: [0, 0, zoom] });
  return null;
}

const drawCard = () =>
  render(
    <ReactFlowProvider>
      <ZoomControl />
      <LogicNode
        id="c1"
        type="logic"
        data={condition.data}
        selected={false}
        isConnectable
        dragging={false}
        zIndex={0}
        selectable
        deletable
        draggable
        positionAbsoluteX={0}
        positionAbsoluteY={0}
      />
    </ReactFlowProvider>,
  );

describe('JourneyNodeCard', () => {
  beforeEach(() => useLocaleStore.setState({ locale: 'ko' }));

  // The cards translate without an i18next subscription each (issue 15, editor at size): they must still
  // follow the reader's language, including a switch while the canvas is open.
  it('draws handle labels and the issue badge in the reader language and follows a switch', () => {
    useLocaleStore.setState({ locale: 'ko' });
    drawCard();
    expect(screen.getByText('예')).toBeTruthy();
    expect(screen.getByText('아니오')).toBeTruthy();
    const badgeTitle = screen.getByTestId('node-issue-badge').getAttribute('title');
    act(() => useLocaleStore.setState({ locale: 'en' }));
    expect(screen.getByText('yes')).toBeTruthy();
    expect(screen.getByText('no')).toBeTruthy();
    expect(screen.getByTestId('node-issue-badge').getAttribute('title')).not.toBe(badgeTitle);
  });

  it('keeps one translator per language', () => {
    expect(translatorFor('en')).toBe(translatorFor('en'));
    expect(translatorFor('en')('handle.yes')).toBe('yes');
    expect(translatorFor('ko')('handle.yes')).toBe('예');
  });

  // Issue 15 (editor at size): zoomed out over hundreds of cards, each drew its icon, type line, summary
  // and handle labels at under 5 px; the far card keeps what stays visible, and the handles edges attach to.
  it('draws the frame, title and handles only below the far zoom, and all of it again when zoomed in', () => {
    const { container } = drawCard();
    const view = within(container);
    const card = view.getByTestId('node-c1');
    const title = card.querySelector('.jf-node-title')?.textContent;
    act(() => zoomTo(FAR_ZOOM - 0.05));
    const far = view.getByTestId('node-c1');
    expect(far.classList.contains('is-far')).toBe(true);
    expect(far.querySelector('.jf-node-title')?.textContent).toBe(title);
    expect(far.querySelector('.jf-node-head')).toBeNull();
    expect(view.queryByText('예')).toBeNull();
    expect(far.classList.contains('has-error')).toBe(true);
    expect(container.querySelectorAll('.react-flow__handle.source')).toHaveLength(2);
    expect(container.querySelectorAll('.react-flow__handle.target')).toHaveLength(1);
    act(() => zoomTo(1));
    expect(view.getByTestId('node-c1').classList.contains('is-far')).toBe(false);
    expect(view.getByText('예')).toBeTruthy();
  });
});
