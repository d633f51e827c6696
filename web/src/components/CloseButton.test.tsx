import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../i18n/localeStore';
import { CloseButton } from './CloseButton';

afterEach(cleanup);

describe('CloseButton', () => {
  it('says 닫기 and closes; ghost only changes how it is drawn', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const onClose = vi.fn();
    render(
      <>
        <CloseButton onClose={onClose} />
        <CloseButton ghost onClose={onClose} />
      </>,
    );
    const [plain, ghost] = screen.getAllByRole('button', { name: '닫기' });
    expect(plain?.className).toBe('jf-button');
    expect(ghost?.className).toBe('jf-button jf-button-ghost');
    fireEvent.click(plain!);
    fireEvent.click(ghost!);
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
