import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { SplitMultiForm, splitMultiWebPlugin } from './splitMulti';
import { splitRandomWebPlugin } from './splitRandom';

const noErrors = new Map<string, string>();
const withQueries = (ui: ReactNode) =>
  render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
const condition = { attribute: 'grade', op: 'eq', value: 'VIP' } as const;

afterEach(cleanup);

describe('split branch lists (shared by split.multi and split.random)', () => {
  it('renames, adds and removes split.multi branches, keeping the last one', () => {
    useLocaleStore.getState().setLocale('en');
    const onChange = vi.fn();
    const settings = { branches: [{ id: 'branch_1', label: 'VIP', condition }] };
    withQueries(<SplitMultiForm settings={settings} onChange={onChange} errors={noErrors} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Label 1' }), { target: { value: 'Gold' } });
    expect(onChange).toHaveBeenLastCalledWith({ branches: [{ id: 'branch_1', label: 'Gold', condition }] });
    expect(screen.getAllByRole('button', { name: 'Remove' })[0]).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: /Add branch/ }));
    expect(onChange).toHaveBeenLastCalledWith({
      branches: [
        { id: 'branch_1', label: 'VIP', condition },
        { id: 'branch_2', label: 'Branch 2', condition: { attribute: '', op: 'eq', value: '' } },
      ],
    });
  });

  it('summarises both split types by their branch count', () => {
    expect(splitMultiWebPlugin.summary({ branches: [{}, {}, {}] }, 'en')).toContain('3');
    expect(splitRandomWebPlugin.summary({ branches: [{}, {}] }, 'en')).toContain('2');
    expect(splitRandomWebPlugin.summary({}, 'en')).toBe('');
  });
});
