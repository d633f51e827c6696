import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../../../i18n/localeStore';
import { EntryEventForm } from '../../../nodes/entryEvent';
import { WaitEventForm } from '../../../nodes/waitEvent';

const noErrors = new Map<string, string>();
const withQueries = (ui: ReactNode) =>
  render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);

afterEach(cleanup);

describe('EventFields (the event name + where filter shared by event-based nodes)', () => {
  it('edits the event name and adds, then removes, the where filter without dropping other settings', () => {
    useLocaleStore.getState().setLocale('en');
    const onChange = vi.fn();
    const settings = { event: 'purchase', timeoutSeconds: 3600 };
    withQueries(<WaitEventForm settings={settings} onChange={onChange} errors={noErrors} />);
    const event = screen.getByPlaceholderText('purchase');
    expect(event).toHaveProperty('value', 'purchase');
    fireEvent.change(event, { target: { value: 'refund' } });
    expect(onChange).toHaveBeenLastCalledWith({ event: 'refund', timeoutSeconds: 3600 });
    fireEvent.click(screen.getByRole('button', { name: /filter/i }));
    expect(onChange).toHaveBeenLastCalledWith({
      event: 'purchase',
      timeoutSeconds: 3600,
      where: { trigger: 'properties.', op: 'eq', value: '' },
    });
  });

  it('shows the event name field with its error on an entry node', () => {
    useLocaleStore.getState().setLocale('en');
    const { container } = withQueries(
      <EntryEventForm
        settings={{ event: '' }}
        onChange={() => undefined}
        errors={new Map([['event', 'Required']])}
      />,
    );
    expect(screen.getByPlaceholderText('product_viewed')).toBeTruthy();
    expect(container.textContent).toContain('Required');
  });
});
