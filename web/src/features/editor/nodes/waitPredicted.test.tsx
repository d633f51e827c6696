import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { WaitPredictedForm } from './waitPredicted';

let last: NodeSettings<'wait.predicted'> | undefined;
function Harness() {
  const [settings, setSettings] = useState<NodeSettings<'wait.predicted'>>({
    attribute: 'predicted.next_purchase_at',
    offsetSeconds: 0,
  });
  return (
    <WaitPredictedForm
      settings={settings}
      onChange={(next) => {
        last = next;
        setSettings(next);
      }}
      errors={new Map()}
    />
  );
}

beforeEach(() => useLocaleStore.setState({ locale: 'ko' }));
afterEach(cleanup);

describe('wait.predicted inspector', () => {
  it('takes the offset in days: −3 is “3일 전”', () => {
    render(<Harness />);
    const offset = screen.getByLabelText('오프셋 (일, 음수 = 이전)');
    expect(screen.getByText('당일')).toBeTruthy();
    fireEvent.change(offset, { target: { value: '-' } });
    fireEvent.change(offset, { target: { value: '-3' } });
    expect(last?.offsetSeconds).toBe(-3 * 86_400);
    expect(screen.getByText('3일 전')).toBeTruthy();
    expect((offset as HTMLInputElement).value).toBe('-3');
  });
});
