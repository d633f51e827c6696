import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../../api/queryKeys';
import { useLocaleStore } from '../../../../i18n/localeStore';
import { ConditionBuilderHarness } from '../../../conditions/testing/ConditionBuilderHarness';
import { SendForm } from '../../nodes/send';
import { SplitRandomForm } from '../../nodes/splitRandom';
import { useEditorStore } from '../../store/editorStore';
import { JourneySettingsPanel } from '../JourneySettingsPanel';
import { DurationField } from './fields';
import { NodeInspector } from './NodeInspector';

const noErrors = new Map<string, string>();

/** An entry still missing its event name and a 1-day wait for a purchase, not yet connected. */
const { nodes: twoSteps } = aJourney()
  .entryEvent('', undefined, { id: 'entry' })
  .waitEvent('purchase', '1d', undefined, { id: 'wait' })
  .build().graph;

/** Inspectors read workspace data (grade tiers, segments, suggestions) through TanStack Query. */
const renderWithQueries = (ui: ReactNode) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
};

function ConnectedInspector({ nodeId }: { nodeId: string }) {
  const node = useEditorStore((state) => state.graph.nodes.find((candidate) => candidate.id === nodeId));
  return node ? <NodeInspector node={node} issues={[]} /> : null;
}

const renderNodeInspector = (nodeId: string) => renderWithQueries(<ConnectedInspector nodeId={nodeId} />);

function SplitHarness({ initial }: { initial: NodeSettings<'split.random'> }) {
  const [settings, setSettings] = useState(initial);
  return <SplitRandomForm settings={settings} onChange={setSettings} errors={noErrors} />;
}

function SendHarness() {
  const [settings, setSettings] = useState<NodeSettings<'send'>>({
    channel: 'sms',
    purpose: 'ad',
    content: { text: '' },
  });
  return <SendForm settings={settings} onChange={setSettings} errors={noErrors} />;
}

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
  useEditorStore.getState().load('j', { graph: { nodes: twoSteps, edges: [] }, settings: {} });
});
afterEach(cleanup);

describe('node inspector', () => {
  it('shows the schema error beside the field and clears it once fixed, through the store (undoable)', () => {
    renderNodeInspector('entry');
    const input = screen.getByLabelText('Event name');
    expect(screen.getByRole('alert').textContent).toMatch(/event name/i);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: 'product_viewed' } });
    expect(useEditorStore.getState().graph.nodes[0]?.settings).toEqual({ event: 'product_viewed' });
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => useEditorStore.getState().undo());
    expect((screen.getByLabelText('Event name') as HTMLInputElement).value).toBe('');
  });

  it('edits a timeout in hours or days and stores seconds', () => {
    renderNodeInspector('wait');
    const amount = screen.getByLabelText('Give up after') as HTMLInputElement;
    expect(amount.value).toBe('1');
    expect((screen.getByLabelText('Give up after unit') as HTMLSelectElement).value).toBe('days');
    fireEvent.change(amount, { target: { value: '2' } });
    expect(useEditorStore.getState().graph.nodes[1]?.settings).toMatchObject({ timeoutSeconds: 172_800 });
    fireEvent.change(screen.getByLabelText('Give up after unit'), { target: { value: 'hours' } });
    expect(useEditorStore.getState().graph.nodes[1]?.settings).toMatchObject({ timeoutSeconds: 7_200 });
  });

  it('renames a step through the label field', () => {
    renderNodeInspector('wait');
    fireEvent.change(screen.getByLabelText('Step name'), { target: { value: '24시간 구매 대기' } });
    expect(useEditorStore.getState().graph.nodes[1]?.label).toBe('24시간 구매 대기');
  });
});

describe('duration field', () => {
  it('shows 5400 s as 90 minutes and converts units', () => {
    const onChange = vi.fn();
    renderWithQueries(<DurationField label="Wait" value={5_400} onChange={onChange} />);
    expect((screen.getByLabelText('Wait') as HTMLInputElement).value).toBe('90');
    fireEvent.change(screen.getByLabelText('Wait'), { target: { value: '3' } });
    expect(onChange).toHaveBeenLastCalledWith(180);
  });
});

describe('split branch editor', () => {
  it('tells the user when percentages do not sum to 100 and stops once they do', () => {
    renderWithQueries(
      <SplitHarness
        initial={{
          branches: [
            { id: 'a', label: 'A', percent: 50 },
            { id: 'b', label: 'B', percent: 40 },
          ],
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('90');
    fireEvent.change(screen.getByLabelText('% 2'), { target: { value: '50' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('split-sum').textContent).toContain('100');
    fireEvent.click(screen.getByRole('button', { name: /Add branch/ }));
    expect(screen.getAllByLabelText(/^Label \d/)).toHaveLength(3);
  });
});

describe('send content editor', () => {
  // A short ad (11 bytes) and 46 Hangul letters (92 bytes: each counts 2), just past the SMS limit of 90.
  it.each([
    {
      what: 'counts SMS bytes with Hangul as 2 bytes and switches SMS → LMS past 90 bytes',
      testId: 'sms-counter',
      sms: '11/90 bytes · SMS',
      lms: '92/2000 bytes · LMS',
    },
    {
      what: 'shows the estimated cost per message, following the SMS → LMS switch',
      testId: 'cost-estimate',
      sms: 'Estimated cost: ₩20 per message (SMS)',
      lms: 'Estimated cost: ₩50 per message (LMS)',
    },
  ])('$what', ({ testId, sms, lms }) => {
    renderWithQueries(<SendHarness />);
    const text = screen.getByLabelText('text');
    fireEvent.change(text, { target: { value: '(광고) 쿠폰' } });
    expect(screen.getByTestId(testId).textContent).toBe(sms);
    fireEvent.change(text, { target: { value: '가'.repeat(46) } });
    expect(screen.getByTestId(testId).textContent).toBe(lms);
  });

  it('prices the message at the workspace prices once they are known', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(queryKeys.settings.prices, {
      SMS: 30,
      LMS: 70,
      MMS: 220,
      ALIMTALK: 13,
      BRAND_MESSAGE: 20,
    });
    render(
      <QueryClientProvider client={client}>
        <SendHarness />
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText('text'), { target: { value: '쿠폰' } });
    expect(screen.getByTestId('cost-estimate').textContent).toBe('Estimated cost: ₩30 per message (SMS)');
  });

  it('switching channel starts from that channel’s content shape', () => {
    renderWithQueries(<SendHarness />);
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'push' } });
    expect(screen.getByLabelText('title')).toBeTruthy();
    expect(screen.getByLabelText('body')).toBeTruthy();
    expect(screen.queryByTestId('sms-counter')).toBeNull();
  });
});

describe('condition builder', () => {
  it('wraps a rule into an any-group, adds rules, and types numeric values', () => {
    const onValue = vi.fn();
    renderWithQueries(
      <ConditionBuilderHarness initial={{ attribute: 'grade', op: 'eq', value: 'VIP' }} onValue={onValue} />,
    );
    fireEvent.change(screen.getByLabelText('Condition type'), { target: { value: 'any' } });
    expect(onValue).toHaveBeenLastCalledWith({ any: [{ attribute: 'grade', op: 'eq', value: 'VIP' }] });
    fireEvent.click(screen.getByRole('button', { name: /Add rule/ }));
    const paths = screen.getAllByLabelText('Attribute');
    fireEvent.change(paths[1]!, { target: { value: 'rfm.monetary_90d' } });
    fireEvent.change(screen.getAllByLabelText('Operator')[1]!, { target: { value: 'gte' } });
    fireEvent.change(screen.getAllByLabelText('Value')[1]!, { target: { value: '1000000' } });
    expect(onValue).toHaveBeenLastCalledWith({
      any: [
        { attribute: 'grade', op: 'eq', value: 'VIP' },
        { attribute: 'rfm.monetary_90d', op: 'gte', value: 1_000_000 },
      ],
    });
  });
});

describe('journey settings panel', () => {
  it('turns quiet hours on with sensible defaults, as one undoable change', () => {
    renderWithQueries(<JourneySettingsPanel issues={[]} />);
    fireEvent.click(screen.getByLabelText(/Quiet hours — On/));
    expect(useEditorStore.getState().settings.quietHours).toEqual({
      start: '21:00',
      end: '08:00',
      behavior: 'delay',
    });
    fireEvent.change(screen.getByLabelText('Re-entry'), { target: { value: 'after_exit' } });
    expect(useEditorStore.getState().settings.reentry).toEqual({ mode: 'after_exit' });
    act(() => useEditorStore.getState().undo());
    act(() => useEditorStore.getState().undo());
    expect(useEditorStore.getState().settings).toEqual({});
  });
});
