import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../i18n/localeStore';
import { ConfirmActions } from './ConfirmActions';

afterEach(cleanup);

describe('ConfirmActions', () => {
  it('cancels, and confirms through the English-named action whatever the caption', () => {
    useLocaleStore.getState().setLocale('ko');
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    render(
      <ConfirmActions
        onCancel={onCancel}
        name="Approve"
        caption="승인"
        disabled={false}
        onConfirm={onConfirm}
      />,
    );
    const confirm = screen.getByRole('button', { name: 'Approve' });
    expect(confirm.textContent).toBe('승인');
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: '취소' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('names a non-workflow action by its caption, in the danger tone when told', () => {
    useLocaleStore.getState().setLocale('ko');
    render(
      <ConfirmActions
        onCancel={() => undefined}
        caption="삭제"
        tone="danger"
        disabled={false}
        onConfirm={() => undefined}
      />,
    );
    const confirm = screen.getByRole('button', { name: '삭제' });
    expect(confirm.hasAttribute('aria-label')).toBe(false);
    expect(confirm.className).toBe('jf-button jf-button-danger');
  });

  it('keeps the action disabled when told', () => {
    render(
      <ConfirmActions
        onCancel={() => undefined}
        name="Publish"
        caption="Publish"
        disabled
        onConfirm={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveProperty('disabled', true);
  });
});
