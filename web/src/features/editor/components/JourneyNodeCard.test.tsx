import { act, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { translatorFor } from '../../../i18n/useT';
import { toFlowNode } from '../utils/graphToFlow';
import { LogicNode } from './JourneyNodeCard';

const condition = toFlowNode(
  {
    id: 'c1',
    type: 'condition',
    position: { x: 0, y: 0 },
    settings: { condition: { attribute: 'grade', op: 'eq', value: 'VIP' } },
  } as Parameters<typeof toFlowNode>[0],
  { errorCount: 1 },
);

const drawCard = () =>
  render(
    <ReactFlowProvider>
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
  afterEach(() => useLocaleStore.setState({ locale: 'ko' }));

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
});
