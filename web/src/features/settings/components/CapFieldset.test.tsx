import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { TotalAdCapFieldset } from './TotalAdCapFieldset';

afterEach(cleanup);

describe('TotalAdCapFieldset', () => {
  const cap = { enabled: true, max: 3, perSeconds: 86_400 };

  it('edits the total ad cap across channels (Korean)', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const onChange = vi.fn();
    render(<TotalAdCapFieldset cap={cap} editable errors={{}} onChange={onChange} />);
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
    render(
      <TotalAdCapFieldset
        cap={cap}
        editable={false}
        errors={{ 'totalAdCap.max': 'Too big' }}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByText('Total ad cap (all channels)')).toBeTruthy();
    expect((screen.getByLabelText('At most') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Too big');
  });
});
