import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { CapFieldset, fatigueCapLabels, totalAdCapLabels } from './CapFieldset';

afterEach(cleanup);

describe('CapFieldset', () => {
  const cap = { enabled: true, max: 3, perSeconds: 86_400 };
  const labels = { totalAdCap: totalAdCapLabels, fatigueCap: fatigueCapLabels };

  /** The fieldset of one cap around `cap`, editable and without errors unless told; answers its change spy. */
  const renderCap = (
    field: 'totalAdCap' | 'fatigueCap',
    props: Partial<Pick<ComponentProps<typeof CapFieldset>, 'editable' | 'errors'>> = {},
  ) => {
    const onChange = vi.fn();
    render(
      <CapFieldset
        field={field}
        labels={labels[field]}
        cap={cap}
        editable
        errors={{}}
        onChange={onChange}
        {...props}
      />,
    );
    return onChange;
  };

  it('edits the total ad cap across channels (Korean)', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const onChange = renderCap('totalAdCap');
    expect(screen.getByText('전체 광고 발송 한도(모든 채널)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('최대'), { target: { value: '2' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...cap, max: 2 });
    fireEvent.change(screen.getByLabelText('건 / 모든 채널, 기간(시간)'), { target: { value: '48' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...cap, perSeconds: 48 * 3600 });
    fireEvent.click(screen.getByLabelText('채널 합산 광고 제한'));
    expect(onChange).toHaveBeenLastCalledWith({ ...cap, enabled: false });
  });

  it('is read-only for non-admins and shows errors (English)', () => {
    useLocaleStore.setState({ locale: 'en' });
    renderCap('totalAdCap', { editable: false, errors: { 'totalAdCap.max': 'Too big' } });
    expect(screen.getByText('Total ad cap (all channels)')).toBeTruthy();
    expect((screen.getByLabelText('At most') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Too big');
  });

  it('serves the per-channel fatigue cap with its own texts and error fields (Korean)', () => {
    useLocaleStore.setState({ locale: 'ko' });
    renderCap('fatigueCap', {
      errors: { 'fatigueCap.perSeconds': '너무 깁니다', 'totalAdCap.max': '다른 한도' },
    });
    expect(screen.queryByText('전체 광고 발송 한도(모든 채널)')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('너무 깁니다');
  });
});
