import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../../i18n/localeStore';
import { useEditorStore } from '../../store/editorStore';
import { CronNextRuns } from './CronNextRuns';

describe('CronNextRuns', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-07T03:00:00Z')); // Saturday noon in Seoul
    useLocaleStore.setState({ locale: 'en' });
    useEditorStore.setState({ settings: { timezone: 'Asia/Seoul' } });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('lists the next fire times from the engine’s cron code in the journey timezone', () => {
    render(<CronNextRuns cron="* * * * */7" />);
    const text = screen.getByTestId('cron-next-runs').textContent ?? '';
    expect(text).toContain('Asia/Seoul');
    expect(text).toContain('Mar 8, 2026, 12:00');
    expect(text).toContain('12:02');
  });

  it('shows nothing for a schedule that never fires', () => {
    render(<CronNextRuns cron="0 0 31 2 *" />);
    expect(screen.queryByTestId('cron-next-runs')).toBeNull();
  });
});
